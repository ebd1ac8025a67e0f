package io.intervu.transcription.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.intervu.transcription.confidence.ConfidenceAssessment;
import io.intervu.transcription.delivery.DeliveryMetrics;
import io.intervu.transcription.recognizer.Word;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The transcription as docs/contracts.md defines it for interview-service. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TranscriptionView(UUID id, String transcript, List<Word> words, double durationSeconds, boolean speechDetected,
                                String provider, String format, String languageCode, DeliveryMetrics delivery,
                                ConfidenceAssessment confidence, String fallbackReason, OffsetDateTime createdAt) {
}
