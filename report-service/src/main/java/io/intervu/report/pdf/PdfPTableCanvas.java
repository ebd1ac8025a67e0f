package io.intervu.report.pdf;

import com.lowagie.text.pdf.PdfPTable;

/** Names for the canvases a cell event receives (OpenPDF passes them as an array). */
final class PdfPTableCanvas {
    static final int BACKGROUND = PdfPTable.BACKGROUNDCANVAS;
    static final int LINES = PdfPTable.LINECANVAS;

    private PdfPTableCanvas() {
    }
}
