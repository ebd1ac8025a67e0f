package io.intervu.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** An interview.completed event as received; the assessment is made once all its answers are evaluated. */
@Entity
@Table(name = "interview_completion")
public class InterviewCompletion extends PanacheEntityBase {

    @Id
    @Column(name = "interview_id")
    public String interviewId;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(name = "answer_count", nullable = false)
    public int answerCount;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
