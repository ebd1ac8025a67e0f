package io.intervu.report.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;

/**
 * A delivery metric against its reference band: a grey track, the band in green, and a dot at the
 * measured value (green inside the band, amber outside).
 */
final class BandBar implements PdfPCellEvent {

    private final Double value;
    private final Double bandLow;
    private final Double bandHigh;
    private final boolean within;

    BandBar(Double value, Double bandLow, Double bandHigh, boolean within) {
        this.value = value;
        this.bandLow = bandLow;
        this.bandHigh = bandHigh;
        this.within = within;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte cb = canvases[PdfPTableCanvas.LINES];
        float x = position.getLeft() + 6;
        float width = position.getWidth() - 14;
        float mid = (position.getTop() + position.getBottom()) / 2;
        double max = maxOfScale();
        cb.saveState();
        cb.setColorFill(ReportStyle.PANEL);
        cb.roundRectangle(x, mid - 3, width, 6, 3);
        cb.fill();
        if (bandLow != null && bandHigh != null && bandHigh > bandLow) {
            float from = x + (float) (width * clamp(bandLow / max));
            float to = x + (float) (width * clamp(bandHigh / max));
            cb.setColorFill(ReportStyle.BAND);
            cb.rectangle(from, mid - 3, Math.max(to - from, 2), 6);
            cb.fill();
        }
        if (value != null) {
            float at = x + (float) (width * clamp(value / max));
            cb.setColorFill(within ? ReportStyle.GOOD : ReportStyle.FAIR);
            cb.setColorStroke(java.awt.Color.WHITE);
            cb.setLineWidth(1.2f);
            cb.circle(at, mid, 4.2f);
            cb.fillStroke();
        }
        cb.restoreState();
    }

    /** The track starts at zero and leaves room on the right of both the band and the value. */
    private double maxOfScale() {
        double top = 0;
        if (bandHigh != null) {
            top = Math.max(top, bandHigh * 1.5);
        }
        if (value != null) {
            top = Math.max(top, value * 1.15);
        }
        return top <= 0 ? 1 : top;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
