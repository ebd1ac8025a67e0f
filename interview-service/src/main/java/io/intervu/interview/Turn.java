package io.intervu.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One interviewer message (greeting, question, follow-up, closing) and the candidate's reply to it. */
@Entity
@Table(name = "turn")
public class Turn extends PanacheEntityBase {

    public static final String GREETING = "greeting";
    public static final String QUESTION = "question";
    public static final String FOLLOW_UP = "follow-up";
    public static final String CLOSING = "closing";

    public static final String ANSWER = "answer";
    public static final String NON_ANSWER = "non-answer";
    public static final String CLARIFICATION_REQUEST = "clarification-request";

    @Id
    public UUID id;
    @Column(name = "interview_id", nullable = false)
    public UUID interviewId;
    public int seq;
    @Column(nullable = false)
    public String kind;
    @Column(name = "question_id")
    public UUID questionId;
    @Column(name = "follow_up_index", nullable = false)
    public int followUpIndex;
    @Column(nullable = false)
    public String prompt;
    /** Follow-ups only: the key point this turn probes, who proposed it ("gemini" or "rules") and why. */
    @Column(name = "probed_key_point")
    public String probedKeyPoint;
    @Column(name = "proposed_by")
    public String proposedBy;
    @Column(name = "follow_up_reason")
    public String followUpReason;
    /** What a turn made by the follow-up policy does: probe, rephrase, repeat or clarify (null for plain turns). */
    public String move;
    @Column(name = "asked_at", nullable = false)
    public OffsetDateTime askedAt;

    @Column(name = "answer_id")
    public UUID answerId;
    @Column(name = "answer_key")
    public String answerKey;
    @Column(name = "answer_text")
    public String answerText;
    @Column(name = "answer_source")
    public String answerSource;
    @Column(name = "answer_provider")
    public String answerProvider;
    @Column(name = "transcription_id")
    public String transcriptionId;
    @Column(name = "duration_seconds")
    public Double durationSeconds;
    @Column(name = "speech_detected")
    public Boolean speechDetected;
    /** DeliveryMetrics JSON exactly as transcription-service produced it. */
    public String delivery;
    /** ConfidenceAssessment JSON, only when the candidate opted in. */
    public String confidence;
    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;
    /** answer, non-answer or clarification-request; null (older turns, the greeting) is an answer. */
    @Column(name = "answer_kind")
    public String answerKind;

    public boolean answered() {
        return answeredAt != null;
    }

    /** A reply that is published and evaluated: not the greeting's, not a request to repeat or clarify the question. */
    public boolean countsAsAnswer() {
        return answered() && !GREETING.equals(kind) && !CLARIFICATION_REQUEST.equals(answerKind);
    }

    /** Follow-ups asked: a follow-up repeated on request is the same follow-up (same question and index). */
    public static int followUpCount(List<Turn> turns) {
        return (int) turns.stream().filter(t -> FOLLOW_UP.equals(t.kind)).map(t -> t.questionId + "#" + t.followUpIndex)
                .distinct().count();
    }
}
