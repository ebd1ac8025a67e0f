package io.intervu.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One question of an interview's plan (the contract's PlanQuestion). */
@Entity
@Table(name = "prepared_question")
public class PreparedQuestion extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "interview_id", nullable = false)
    public UUID interviewId;
    public int ordinal;
    @Column(nullable = false)
    public String type;
    @Column(nullable = false)
    public String topic;
    @Column(nullable = false)
    public String difficulty;
    @Column(nullable = false)
    public String text;
    /** JSON array of strings. */
    @Column(name = "key_points", nullable = false)
    public String keyPoints;
    /** JSON array of strings: probes[i] is the follow-up that invites the candidate to show keyPoints[i]; may be empty. */
    @Column(nullable = false)
    public String probes = "[]";
    /** JSON array of strings: the texts of the other questions of the same knowledge document. */
    @Column(nullable = false)
    public String neighbours = "[]";
    /** JSON array of strings: confident wrong claims candidates typically make on this question; may be empty. */
    @Column(nullable = false)
    public String misconceptions = "[]";
    @Column(nullable = false)
    public String rationale;
    @Column(name = "source_document_id")
    public String sourceDocumentId;
    @Column(name = "source_document_title")
    public String sourceDocumentTitle;
    @Column(name = "source_question_ref")
    public String sourceQuestionRef;
}
