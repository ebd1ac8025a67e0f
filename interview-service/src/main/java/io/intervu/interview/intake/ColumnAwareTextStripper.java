package io.intervu.interview.intake;

import io.intervu.platform.pdf.Deadline;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Extracts a page's text in reading order. A two-column layout is detected as a vertical gutter
 * that no glyph crosses; each column is then read on its own (left, then right), so lines of the
 * two columns are never interleaved.
 *
 * <p>Every pass over a page checks the deadline at each content-stream operator and glyph and keeps
 * at most {@code maxChars} glyphs, so neither a slow nor a glyph-stuffed page can hold a worker or
 * fill the heap; once {@code maxChars} visible characters are read, later pages are not read at all
 * (the text is cut to that length anyway). Pages are processed one at a time ({@code processPage}), never through
 * {@code getText(document)}, which walks the whole page tree for every call.
 */
final class ColumnAwareTextStripper {

    /** Narrower empty bands are word gaps or right-aligned dates, not a gutter. */
    private static final float MIN_GUTTER_WIDTH = 12f;

    /**
     * The gutter search divides the page into this many bins whatever its width, so its memory is
     * fixed (it used one bin per point: a 400,000,000-point page asked for a 1.6 GB array). On a
     * Letter page a bin is 1.2 points wide, fine enough for a 12-point gutter.
     */
    static final int GUTTER_BINS = 512;

    private final Deadline deadline;
    private final int maxChars;

    ColumnAwareTextStripper(Deadline deadline, int maxChars) {
        this.deadline = deadline;
        this.maxChars = maxChars;
    }

    /** The text of the first {@code pages} pages. */
    String text(PDDocument document, int pages) throws IOException {
        StringBuilder out = new StringBuilder();
        long visible = 0;
        for (int pageIndex = 0; pageIndex < pages && visible < maxChars; pageIndex++) {
            deadline.check();
            int pageStart = out.length();
            PDPage page = document.getPage(pageIndex);
            if (!page.hasContents()) {
                continue;
            }
            GlyphCollector glyphs = new GlyphCollector();
            glyphs.collect(page);
            float width = page.getCropBox().getWidth();
            float height = page.getCropBox().getHeight();
            Float gutter = findGutter(glyphs.spans, width);
            Regions areas = new Regions();
            if (gutter == null) {
                // a region well beyond the page: like a plain text strip, nothing is cut off at the edges
                areas.addRegion("page", new Rectangle2D.Float(-width, -height, 3 * width, 3 * height));
                areas.extractRegions(page);
                out.append(areas.getTextForRegion("page"));
            } else {
                areas.addRegion("left", new Rectangle2D.Float(0, 0, gutter, height));
                areas.addRegion("right", new Rectangle2D.Float(gutter, 0, width - gutter, height));
                areas.extractRegions(page);
                out.append(areas.getTextForRegion("left")).append('\n').append(areas.getTextForRegion("right"));
            }
            out.append('\n');
            visible += out.substring(pageStart).chars().filter(c -> !Character.isWhitespace(c)).count();
        }
        return out.toString();
    }

    /** Centre of the widest glyph-free vertical band in the middle 60 % of the page, or null. */
    static Float findGutter(List<float[]> spans, float pageWidth) {
        if (spans.size() < 200 || !Float.isFinite(pageWidth) || pageWidth < 2 * MIN_GUTTER_WIDTH) {
            return null;
        }
        float binWidth = pageWidth / GUTTER_BINS;
        // difference array: +1 where a glyph starts, -1 after it ends; O(1) per glyph however wide it is
        int[] edges = new int[GUTTER_BINS + 1];
        for (float[] span : spans) {
            int from = bin(span[0] / binWidth, Math::floor);
            int to = bin(span[1] / binWidth, Math::ceil);
            if (from < to) {
                edges[from]++;
                edges[to]--;
            }
        }
        int[] coverage = new int[GUTTER_BINS];
        int running = 0;
        for (int b = 0; b < GUTTER_BINS; b++) {
            running += edges[b];
            coverage[b] = running;
        }
        int lo = (int) (GUTTER_BINS * 0.2f);
        int hi = (int) (GUTTER_BINS * 0.8f);
        int bestStart = -1;
        int bestLength = 0;
        int runStart = -1;
        for (int b = lo; b <= hi; b++) {
            if (coverage[b] == 0) {
                if (runStart < 0) {
                    runStart = b;
                }
                if (b - runStart + 1 > bestLength) {
                    bestLength = b - runStart + 1;
                    bestStart = runStart;
                }
            } else {
                runStart = -1;
            }
        }
        // the band must have text on both sides, otherwise it is just a wide margin
        if (bestLength * binWidth < MIN_GUTTER_WIDTH || !hasText(coverage, 0, bestStart)
                || !hasText(coverage, bestStart + bestLength, GUTTER_BINS)) {
            return null;
        }
        return (bestStart + bestLength / 2f) * binWidth;
    }

    /** A bin index in [0, GUTTER_BINS]; glyphs far off the page (or NaN positions) land on the edges. */
    private static int bin(float position, DoubleUnaryOperator round) {
        double b = round.applyAsDouble(position);
        if (!(b > 0)) {
            return 0;
        }
        return (int) Math.min(b, GUTTER_BINS);
    }

    private static boolean hasText(int[] coverage, int from, int to) {
        for (int b = Math.max(0, from); b < Math.min(coverage.length, to); b++) {
            if (coverage[b] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Records the horizontal extent of every visible glyph on the page (and keeps nothing else). */
    private final class GlyphCollector extends PDFTextStripper {
        final List<float[]> spans = new ArrayList<>();

        GlyphCollector() {
            super();
        }

        /** A new stripper is on "page 1" of its 1..MAX page range, so processPage takes any page. */
        void collect(PDPage page) throws IOException {
            processPage(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            deadline.check();
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (spans.size() < maxChars && !text.getUnicode().isBlank()) {
                float x = text.getXDirAdj();
                spans.add(new float[]{x, x + Math.max(text.getWidthDirAdj(), 0.5f)});
            }
        }

        /** Nothing to write: only the spans are wanted. */
        @Override
        protected void writePage() {
        }
    }

    /** Text of named areas of the page, sorted by position, with the deadline and glyph cap applied. */
    private final class Regions extends PDFTextStripperByArea {
        private int glyphs;

        Regions() throws IOException {
            super();
            setSortByPosition(true);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            deadline.check();
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (glyphs < maxChars) {
                // PDFBox's duplicate-glyph check compares each glyph with earlier ones: a long operator is slow
                deadline.check();
                glyphs++;
                super.processTextPosition(text);
            }
        }
    }
}
