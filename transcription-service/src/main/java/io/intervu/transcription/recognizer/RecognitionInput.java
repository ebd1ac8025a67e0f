package io.intervu.transcription.recognizer;

import io.intervu.transcription.audio.DecodedAudio;
import io.intervu.transcription.audio.SniffedAudio;
import io.intervu.transcription.audio.VoiceActivity;

/** Everything a recognizer may use: the original bytes, what they are, their decoded PCM and where the voice is. */
public record RecognitionInput(byte[] original, SniffedAudio sniffed, DecodedAudio decoded, VoiceActivity voice,
                               String languageCode, String clientTranscript) {

    public boolean hasClientTranscript() {
        return clientTranscript != null && !clientTranscript.isBlank();
    }
}
