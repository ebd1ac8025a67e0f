package io.intervu.report.rest;

import io.intervu.report.Report;

/** A report's metadata as the API shows it; {@code etag} is the quoted SHA-256 the download carries. */
public record ReportView(String id, String interviewId, String userId, String title, int pageCount, long sizeBytes,
                         String sha256, String etag, String generatedAt, int revision, String pdfUrl) {

    public static ReportView of(Report r, String publicPath) {
        return new ReportView(r.id.toString(), r.interviewId, r.userId, r.title, r.pageCount, r.sizeBytes, r.sha256,
                ReportResource.etag(r), r.generatedAt.toString(), r.revision, publicPath + "/" + r.id + "/pdf");
    }
}
