package io.intervu.report.service;

import io.intervu.report.Report;
import io.intervu.report.ReportContent;
import io.intervu.report.config.ReportConfig;
import io.intervu.report.event.OutboxWriter;
import io.intervu.report.event.ReportGenerated;
import io.intervu.report.model.InterviewAssessed;
import io.intervu.report.pdf.RenderedReport;
import io.intervu.report.repository.ErasureRecordRepository;
import io.intervu.report.repository.ProcessedEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional half of report generation: the PDF is rendered before, outside any
 * transaction; here it is stored together with the processed-event claim and the outbox event,
 * so a report, its "done" mark and its announcement commit or roll back as one. Nothing is
 * stored about a user erased here: their event is only marked processed.
 */
@ApplicationScoped
public class ReportStore {

    static final String CONSUMER = "report.interview-assessed";
    private static final Logger LOG = Logger.getLogger(ReportStore.class);

    private final ProcessedEventRepository processed;
    private final ErasureRecordRepository erasures;
    private final OutboxWriter outbox;
    private final ReportConfig config;

    public ReportStore(ProcessedEventRepository processed, ErasureRecordRepository erasures, OutboxWriter outbox, ReportConfig config) {
        this.processed = processed;
        this.erasures = erasures;
        this.outbox = outbox;
        this.config = config;
    }

    @Transactional
    public boolean alreadyProcessed(String eventId) {
        return processed.count("eventId = ?1 and consumer = ?2", eventId, CONSUMER) > 0;
    }

    /**
     * Before rendering, which would be wasted: marks the event processed and returns true when its
     * user was erased here. {@link #saveGenerated} checks again under the user's lock.
     */
    @Transactional
    public boolean skipIfErased(String eventId, String userId) {
        if (!erasures.erased(userId)) {
            return false;
        }
        processed.claim(eventId, CONSUMER);
        LOG.infof("assessed event %s is about an erased user: skipped", eventId);
        return true;
    }

    /**
     * Stores the report of an interview (one per interview: a later assessment of the same
     * interview replaces the PDF and bumps the revision). Empty when the event was a duplicate or
     * about an erased user. The user's lock comes first: the erasure waits for it too.
     */
    @Transactional
    public Optional<Report> saveGenerated(String eventId, InterviewAssessed data, String payload, RenderedReport pdf,
                                          OffsetDateTime generatedAt) {
        erasures.lockUser(data.userId());
        if (!processed.claim(eventId, CONSUMER)) {
            return Optional.empty();
        }
        if (erasures.erased(data.userId())) {
            LOG.infof("assessed event %s is about an erased user: skipped", eventId);
            return Optional.empty();
        }
        Report report = Report.<Report>find("interviewId", data.interviewId())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        boolean fresh = report == null;
        if (fresh) {
            report = new Report();
            report.id = UUID.randomUUID();
            report.interviewId = data.interviewId();
            report.revision = 1;
        } else {
            report.revision++;
        }
        report.userId = data.userId();
        report.sourceEventId = eventId;
        apply(report, pdf, generatedAt);
        if (fresh) {
            report.persist();
        }
        ReportContent content = fresh ? null : ReportContent.findById(report.id);
        boolean newContent = content == null;
        if (newContent) {
            content = new ReportContent();
            content.reportId = report.id;
        }
        content.pdf = pdf.pdf();
        content.sourcePayload = payload;
        if (newContent) {
            content.persist();
        }
        announce(report);
        return Optional.of(report);
    }

    @Transactional
    public Optional<String> sourcePayload(UUID reportId) {
        ReportContent content = ReportContent.findById(reportId);
        return Optional.ofNullable(content).map(c -> c.sourcePayload);
    }

    /** Replaces the PDF of an existing report (admin regeneration); empty if it was deleted meanwhile. */
    @Transactional
    public Optional<Report> saveRegenerated(UUID reportId, RenderedReport pdf, OffsetDateTime generatedAt) {
        Report report = Report.findById(reportId, LockModeType.PESSIMISTIC_WRITE);
        ReportContent content = ReportContent.findById(reportId);
        if (report == null || content == null) {
            return Optional.empty();
        }
        report.revision++;
        apply(report, pdf, generatedAt);
        content.pdf = pdf.pdf();
        announce(report);
        return Optional.of(report);
    }

    private static void apply(Report report, RenderedReport pdf, OffsetDateTime generatedAt) {
        report.title = pdf.title();
        report.pageCount = pdf.pageCount();
        report.sizeBytes = pdf.sizeBytes();
        report.sha256 = pdf.sha256();
        report.generatedAt = generatedAt;
    }

    private void announce(Report report) {
        outbox.append(ReportGenerated.TOPIC, report.interviewId, ReportGenerated.TOPIC,
                ReportGenerated.of(report, config.publicPath()));
    }
}
