package io.intervu.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One interviewer message (greeting, question, follow-up, closing) and the candidate's reply to it. */
@Entity
@Table(name = "turn")
public class Turn extends PanacheEntityBase {

    public static final String GREETING = "greeting";
    public static final String QUESTION = "question";
    public static final String FOLLOW_UP = "follow-up";
    public static final String CLOSING = "closing";

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

    public boolean answered() {
        return answeredAt != null;
    }
}
