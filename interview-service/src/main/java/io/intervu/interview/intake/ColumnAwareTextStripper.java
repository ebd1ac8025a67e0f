package io.intervu.interview.intake;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts a page's text in reading order. A two-column layout is detected as a vertical gutter
 * that no glyph crosses; each column is then read on its own (left, then right), so lines of the
 * two columns are never interleaved.
 */
final class ColumnAwareTextStripper {

    /** Narrower empty bands are word gaps or right-aligned dates, not a gutter. */
    private static final float MIN_GUTTER_WIDTH = 12f;

    String text(PDDocument document) throws IOException {
        StringBuilder out = new StringBuilder();
        for (int pageIndex = 0; pageIndex < document.getNumberOfPages(); pageIndex++) {
            PDPage page = document.getPage(pageIndex);
            GlyphCollector glyphs = new GlyphCollector();
            glyphs.setStartPage(pageIndex + 1);
            glyphs.setEndPage(pageIndex + 1);
            glyphs.getText(document);
            float width = page.getCropBox().getWidth();
            float height = page.getCropBox().getHeight();
            Float gutter = findGutter(glyphs.spans, width);
            if (gutter == null) {
                PDFTextStripper plain = new PDFTextStripper();
                plain.setSortByPosition(true);
                plain.setStartPage(pageIndex + 1);
                plain.setEndPage(pageIndex + 1);
                out.append(plain.getText(document));
            } else {
                PDFTextStripperByArea areas = new PDFTextStripperByArea();
                areas.setSortByPosition(true);
                areas.addRegion("left", new Rectangle2D.Float(0, 0, gutter, height));
                areas.addRegion("right", new Rectangle2D.Float(gutter, 0, width - gutter, height));
                areas.extractRegions(page);
                out.append(areas.getTextForRegion("left")).append('\n').append(areas.getTextForRegion("right"));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Centre of the widest glyph-free vertical band in the middle 60 % of the page, or null. */
    static Float findGutter(List<float[]> spans, float pageWidth) {
        if (spans.size() < 200) {
            return null;
        }
        int bins = (int) Math.ceil(pageWidth);
        int[] coverage = new int[bins + 1];
        for (float[] span : spans) {
            int from = Math.max(0, (int) Math.floor(span[0]));
            int to = Math.min(bins, (int) Math.ceil(span[1]));
            for (int x = from; x < to; x++) {
                coverage[x]++;
            }
        }
        int lo = (int) (pageWidth * 0.2f);
        int hi = (int) (pageWidth * 0.8f);
        int bestStart = -1;
        int bestLength = 0;
        int runStart = -1;
        for (int x = lo; x <= hi; x++) {
            if (coverage[x] == 0) {
                if (runStart < 0) {
                    runStart = x;
                }
                if (x - runStart + 1 > bestLength) {
                    bestLength = x - runStart + 1;
                    bestStart = runStart;
                }
            } else {
                runStart = -1;
            }
        }
        // the band must have text on both sides, otherwise it is just a wide margin
        if (bestLength < MIN_GUTTER_WIDTH || !hasText(coverage, 0, bestStart) || !hasText(coverage, bestStart + bestLength, bins)) {
            return null;
        }
        return bestStart + bestLength / 2f;
    }

    private static boolean hasText(int[] coverage, int from, int to) {
        for (int x = Math.max(0, from); x < Math.min(coverage.length, to); x++) {
            if (coverage[x] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Records the horizontal extent of every visible glyph on the page. */
    private static final class GlyphCollector extends PDFTextStripper {
        final List<float[]> spans = new ArrayList<>();

        GlyphCollector() throws IOException {
            super();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!text.getUnicode().isBlank()) {
                float x = text.getXDirAdj();
                spans.add(new float[]{x, x + Math.max(text.getWidthDirAdj(), 0.5f)});
            }
        }
    }
}
