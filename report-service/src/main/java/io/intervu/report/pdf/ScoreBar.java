package io.intervu.report.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;

/** Draws a 0-5 score as a filled bar inside its table cell. */
final class ScoreBar implements PdfPCellEvent {

    private final Double score;

    ScoreBar(Double score) {
        this.score = score;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte cb = canvases[PdfPTableCanvas.BACKGROUND];
        float x = position.getLeft() + 2;
        float width = position.getWidth() - 8;
        float height = 6;
        float y = (position.getTop() + position.getBottom()) / 2 - height / 2;
        cb.saveState();
        cb.setColorFill(ReportStyle.PANEL);
        cb.roundRectangle(x, y, width, height, 3);
        cb.fill();
        if (score != null && score > 0) {
            float filled = (float) (width * Math.min(score, ReportStyle.SCORE_MAX) / ReportStyle.SCORE_MAX);
            cb.setColorFill(ReportStyle.scoreColor(score));
            cb.roundRectangle(x, y, Math.max(filled, height), height, 3);
            cb.fill();
        }
        cb.restoreState();
    }
}
