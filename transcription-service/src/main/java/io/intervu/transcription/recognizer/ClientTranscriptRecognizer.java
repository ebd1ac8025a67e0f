package io.intervu.transcription.recognizer;

import io.intervu.transcription.RequestRefusedException;
import io.intervu.transcription.RequestRefusedException.Reason;
import jakarta.enterprise.context.ApplicationScoped;

/** The transcript the client sent (browser speech recognition or typed), timed against the audio's voiced segments. */
@ApplicationScoped
public class ClientTranscriptRecognizer implements SpeechRecognizer {

    public static final String NAME = "client";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Recognition recognize(RecognitionInput input) {
        if (!input.hasClientTranscript()) {
            throw new RequestRefusedException(Reason.UNPROCESSABLE, "transcript-required", "Transcript required",
                    "No speech recognizer is configured (STT_PROVIDER=client): send the answer's text in the 'transcript' part.");
        }
        String transcript = input.clientTranscript().strip().replaceAll("\\s+", " ");
        return new Recognition(transcript,
                WordTimingEstimator.estimate(WordTimingEstimator.tokens(transcript), input.voice().segments()), true);
    }
}
