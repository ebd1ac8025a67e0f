package io.intervu.report.pdf;

/** A finished PDF and the facts about it that are stored next to it. */
public record RenderedReport(byte[] pdf, int pageCount, String title, String sha256) {

    public long sizeBytes() {
        return pdf.length;
    }
}
