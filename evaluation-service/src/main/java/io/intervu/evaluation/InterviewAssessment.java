package io.intervu.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The one overall assessment of an interview (its primary key makes a second one impossible). */
@Entity
@Table(name = "interview_assessment")
public class InterviewAssessment extends PanacheEntityBase {

    @Id
    @Column(name = "interview_id")
    public String interviewId;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(name = "overall_score", nullable = false)
    public BigDecimal overallScore;

    @Column(nullable = false)
    public String readiness;

    /** The evaluation.interview-assessed data object that was published. */
    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
