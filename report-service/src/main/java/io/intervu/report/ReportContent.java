package io.intervu.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The PDF bytes of a report and the assessment payload they were rendered from. */
@Entity
@Table(name = "report_content")
public class ReportContent extends PanacheEntityBase {

    @Id
    @Column(name = "report_id")
    public UUID reportId;

    @Column(nullable = false)
    public byte[] pdf;

    @Column(name = "source_payload", nullable = false, columnDefinition = "text")
    public String sourcePayload;
}
