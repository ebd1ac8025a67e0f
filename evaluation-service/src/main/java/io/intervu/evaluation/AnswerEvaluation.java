package io.intervu.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The rubric evaluation of one recorded answer, with the answer event it judged. */
@Entity
@Table(name = "answer_evaluation")
public class AnswerEvaluation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "interview_id", nullable = false)
    public String interviewId;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(name = "answer_id", nullable = false, unique = true)
    public String answerId;

    @Column(name = "turn_id")
    public String turnId;

    @Column(name = "question_id")
    public String questionId;

    @Column(nullable = false)
    public boolean answered;

    @Column(name = "overall_score", nullable = false)
    public BigDecimal overallScore;

    /** offline-rubric, gemini or openai-compatible: who produced the scores. */
    @Column(nullable = false)
    public String evaluator;

    /** The interview.answer-recorded data object, as received. */
    @Column(name = "answer_event", nullable = false, columnDefinition = "text")
    public String answerEvent;

    /** The evaluation.answer-evaluated data object that was published. */
    @Column(nullable = false, columnDefinition = "text")
    public String evaluation;

    @Column(name = "answered_at")
    public String answeredAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
