package io.intervu.interview.loop;

import java.util.UUID;

/** An answer as the client sent it: typed text, or audio with an optional client transcript. */
public record AnswerSubmission(UUID turnId, String idempotencyKey, String text, byte[] audio, String audioName,
                               String audioType, String clientTranscript) {

    public boolean isAudio() {
        return audio != null;
    }
}
