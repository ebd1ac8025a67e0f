package io.intervu.report.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Map;

/**
 * The {@code evaluation.interview-assessed} payload as this service reads it (docs/contracts.md).
 * Only what the report shows; unknown fields are ignored and every field may be missing, so the
 * renderer treats null as "not known" rather than failing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InterviewAssessed(
        String interviewId, String userId, String candidateName, String role, String company, String seniority,
        List<String> focusTopics, String startedAt, String completedAt, Double durationSeconds, String status,
        Boolean confidenceOptIn, Assessment assessment, List<Question> questions, DeliveryMetrics deliverySummary,
        Provenance provenance) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assessment(Double overallScore, String readiness, String summary,
                             Map<String, Double> criterionAverages, List<String> strongestTopics,
                             List<String> weakestTopics, List<String> topStrengths, List<String> topImprovements,
                             List<NextStep> nextSteps) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NextStep(String text, Reference reference) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reference(String documentId, @JsonAlias("title") String documentTitle, String questionRef) {
    }

    /** A planned question (PlanQuestion fields) with the turns that answered it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Question(String questionId, Integer ordinal, String type, String topic, String difficulty,
                           @JsonAlias("questionText") String text, List<String> keyPoints,
                           String rationale, Reference source, List<Turn> turns) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Turn(String turnId, @JsonAlias("kind") String turnKind, Integer followUpIndex, String prompt,
                       Answer answer, DeliveryMetrics delivery, Confidence confidence, Evaluation evaluation) {

        public boolean isFollowUp() {
            return turnKind != null && turnKind.toLowerCase().startsWith("follow");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(String text, String source, String provider, Double durationSeconds, Boolean speechDetected) {
    }

    /** {@code timeToFirstWordSeconds}: silence before the first word, averaged in the summary; null when not measured. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeliveryMetrics(Boolean speechDetected, Double durationSeconds, Double timeToFirstWordSeconds,
                                  Double wordsPerMinute, Integer wordCount, Integer fillerCount, List<Metric> metrics) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Metric(String name, String label, Double value, String unit, Double bandLow, Double bandHigh,
                         String verdict, String source) {
    }

    /** Coaching only; {@code score} is already 0-100 and is never scaled again. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Confidence(Double score, String rating, String provider, Boolean coachingOnly) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evaluation(Boolean answered, List<Criterion> criteria, Double overallScore,
                             String overallJustification, List<String> keyPointsCovered, List<String> keyPointsMissed,
                             List<String> strengths, List<String> improvements, String strongAnswerOutline,
                             Boolean injectionSuspected, EvaluatorProvenance provenance) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Criterion(String name, String label, Double score, String justification) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code method}: what the evaluator measures, what it cannot judge and its typical error (offline evaluator). */
    public record EvaluatorProvenance(String evaluator, String model, String fallbackReason, String method) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Provenance(String plan, List<String> evaluators, String speech, List<String> fallbacks,
                             Map<String, String> providers) {
    }
}
