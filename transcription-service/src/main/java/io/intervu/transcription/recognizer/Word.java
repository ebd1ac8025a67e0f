package io.intervu.transcription.recognizer;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One recognised word; times in seconds from the start of the audio; confidence 0-1 when the recognizer gives one. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Word(String word, double start, double end, Double confidence) {

    public Word shifted(double seconds) {
        return new Word(word, start + seconds, end + seconds, confidence);
    }
}
