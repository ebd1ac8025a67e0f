package io.intervu.report.service;

import io.intervu.report.Report;
import io.intervu.report.ReportContent;
import io.intervu.report.RequestRefusedException;
import io.intervu.report.RequestRefusedException.Reason;
import io.intervu.report.config.ReportConfig;
import io.intervu.report.model.AssessedPayloadReader;
import io.intervu.report.model.InterviewAssessed;
import io.intervu.report.pdf.RenderedReport;
import io.intervu.report.pdf.ReportRenderer;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Generates, regenerates and looks up reports; rendering never holds a database transaction. */
@ApplicationScoped
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class);

    private final ReportStore store;
    private final ReportRenderer renderer;

    public ReportService(ReportStore store, ReportConfig config) {
        this.store = store;
        this.renderer = new ReportRenderer(config.fallbackFonts().stream().map(Path::of).toList());
    }

    /**
     * Renders and stores the report for one {@code evaluation.interview-assessed} event. Returns
     * empty for a duplicate event or one about a user erased here. Throws {@link IllegalArgumentException}
     * for unusable data.
     */
    public Optional<Report> generate(String eventId, String payloadJson) {
        if (store.alreadyProcessed(eventId)) {
            return Optional.empty(); // saves rendering a redelivery; the claim below stays authoritative
        }
        InterviewAssessed data = AssessedPayloadReader.read(payloadJson);
        if (store.skipIfErased(eventId, data.userId())) {
            return Optional.empty();
        }
        OffsetDateTime at = now();
        long started = System.nanoTime();
        RenderedReport pdf = renderer.render(data, at);
        LOG.infof("rendered report of interview %s: %d pages, %d bytes in %d ms", data.interviewId(), pdf.pageCount(),
                pdf.sizeBytes(), (System.nanoTime() - started) / 1_000_000);
        return store.saveGenerated(eventId, data, payloadJson, pdf, at);
    }

    /** Renders an existing report again from its stored assessment (admin). */
    public Report regenerate(UUID reportId) {
        String payload = store.sourcePayload(reportId).orElseThrow(ReportService::notFound);
        OffsetDateTime at = now();
        RenderedReport pdf = renderer.render(AssessedPayloadReader.read(payload), at);
        return store.saveRegenerated(reportId, pdf, at).orElseThrow(ReportService::notFound);
    }

    @Transactional
    public List<Report> listOwned(String userId, String interviewId) {
        Sort newest = Sort.descending("generatedAt");
        return interviewId == null
                ? Report.list("userId", newest, userId)
                : Report.list("userId = ?1 and interviewId = ?2", newest, userId, interviewId);
    }

    /** The report if the caller owns it; anyone else gets the same 404 as for a report that does not exist. */
    @Transactional
    public Report owned(UUID reportId, String userId) {
        Report report = Report.findById(reportId);
        if (report == null || !report.userId.equals(userId)) {
            throw notFound();
        }
        return report;
    }

    @Transactional
    public byte[] pdf(UUID reportId) {
        ReportContent content = ReportContent.findById(reportId);
        if (content == null) {
            throw notFound();
        }
        return content.pdf;
    }

    static RequestRefusedException notFound() {
        return new RequestRefusedException(Reason.NOT_FOUND, "report-not-found", "Report not found", "There is no such report for this account.");
    }

    private static OffsetDateTime now() {
        // millisecond precision survives the database round trip unchanged
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
