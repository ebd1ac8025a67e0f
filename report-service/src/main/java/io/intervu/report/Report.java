package io.intervu.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A generated report's metadata (the PDF itself lives in {@link ReportContent}). */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "interview_id", nullable = false, unique = true)
    public String interviewId;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(nullable = false)
    public String title;

    @Column(name = "page_count", nullable = false)
    public int pageCount;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    /** Hex SHA-256 of the PDF bytes; also the download's ETag. */
    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "generated_at", nullable = false)
    public OffsetDateTime generatedAt;

    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;

    /** 1 for the first rendering, +1 for every regeneration or newer assessment. */
    @Column(nullable = false)
    public int revision;
}
