package io.intervu.report.event;

import io.intervu.report.Report;

/** The {@code report.generated} payload (docs/contracts.md; schema in schemas/report.generated.json). */
public record ReportGenerated(String interviewId, String userId, String reportId, String url, int pageCount,
                              long sizeBytes, String generatedAt) {

    public static final String TOPIC = "report.generated";

    public static ReportGenerated of(Report report, String publicPath) {
        return new ReportGenerated(report.interviewId, report.userId, report.id.toString(),
                publicPath + "/" + report.id + "/pdf", report.pageCount, report.sizeBytes, report.generatedAt.toString());
    }
}
