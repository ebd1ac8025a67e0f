package io.intervu.interview.intake;

import io.intervu.interview.rest.ProblemMappers;
import io.intervu.interview.support.Fixtures;
import io.intervu.platform.pdf.Deadline;
import io.intervu.testsupport.TestPdfs;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PDF parse on its own, with the service's default limits unless a test says otherwise; real PDFs, no mocks. */
class PdfTextReaderTest {

    static final PdfLimits DEFAULTS = new PdfLimits(10, 50_000, 32L << 20, 4L << 20, 4L << 20, 32L << 20);

    private static String read(byte[] pdf, PdfLimits limits) {
        return new PdfTextReader(limits).read(pdf, Deadline.after(Duration.ofSeconds(10)));
    }

    private static String slugOf(Runnable read) {
        try {
            read.run();
        } catch (ResumeRejectedException e) {
            return ProblemMappers.problemOf(e).type().toString().replace("https://intervu.dev/problems/", "");
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aPageWiderThanPdfAllowsIsRefusedBeforeLayout() {
        byte[] pdf = TestPdfs.widePage(400_000_000f, 300);
        assertThat(pdf.length).isLessThan(1024);
        assertThat(slugOf(() -> read(pdf, DEFAULTS))).isEqualTo("resume-page-too-large");
        // the largest legal page is read normally
        assertThat(read(TestPdfs.widePage(14_400f, 300), DEFAULTS)).contains(TestPdfs.RESUME_LINE);
    }

    /** Fails on the old code: one bin per point of page width made this a 1.6 GB int[]. */
    @Test
    void theGutterSearchNeedsTheSameMemoryForAnyPageWidth() {
        List<float[]> spans = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            float x = i % 2 == 0 ? 100_000_000f + i : 300_000_000f + i;
            spans.add(new float[]{x, x + 5});
        }
        Float gutter = ColumnAwareTextStripper.findGutter(spans, 400_000_000f);
        assertThat(gutter).isBetween(100_000_000f, 300_000_000f);
    }

    @Test
    void theGutterIsFoundOnAnOrdinaryTwoColumnPage() {
        List<float[]> spans = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            float x = i % 2 == 0 ? 40 + (i % 150) : 330 + (i % 200);
            spans.add(new float[]{x, x + 6});
        }
        // left column ends at 195, right starts at 330: the gutter's centre is between them
        assertThat(ColumnAwareTextStripper.findGutter(spans, 612f)).isBetween(195f, 330f);
        // a glyph in the middle closes the gutter
        spans.add(new float[]{250, 280});
        Float split = ColumnAwareTextStripper.findGutter(spans, 612f);
        assertThat(split < 250f || split > 280f).as("gutter at %s crosses the glyph at 250..280", split).isTrue();
    }

    @Test
    void onlyTheFirstPagesAreRead() {
        String text = read(TestPdfs.pages(50), DEFAULTS);
        assertThat(text).contains("PAGE-1-MARKER", "PAGE-10-MARKER").doesNotContain("PAGE-11-MARKER", "PAGE-50-MARKER");
    }

    @Test
    void extractedTextIsCapped() {
        PdfLimits small = new PdfLimits(10, 2_000, 32L << 20, 4L << 20, 4L << 20, 32L << 20);
        String text = read(TestPdfs.longText(3, 96), small);
        assertThat(text.length()).isBetween(1_800, 2_000);
        assertThat(text).startsWith(TestPdfs.RESUME_LINE);
    }

    @Test
    void glyphsBeyondThePageCapAreDropped() {
        PdfLimits small = new PdfLimits(10, 1_000, 32L << 20, 4L << 20, 4L << 20, 32L << 20);
        String text = read(TestPdfs.tinyTextObjects(10_000), small);
        assertThat(text.replaceAll("\\s", "").length()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void tenThousandTinyTextObjectsAreReadQuickly() {
        long start = System.nanoTime();
        String text = read(TestPdfs.tinyTextObjects(10_000), DEFAULTS);
        assertThat(text.replaceAll("\\s", "")).hasSizeGreaterThan(5_000);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aStreamThatUnpacksBeyondTheBudgetIsRefusedWithoutUnpackingIt() {
        byte[] pdf = TestPdfs.compressedSpaces(64);
        assertThat(pdf.length).isLessThan(ResumeReader.MAX_BYTES);
        assertThat(slugOf(() -> read(pdf, DEFAULTS))).isEqualTo("resume-too-complex");
        // within the total but over the content budget: refused too
        PdfLimits roomy = new PdfLimits(10, 50_000, 128L << 20, 4L << 20, 4L << 20, 32L << 20);
        assertThat(slugOf(() -> read(pdf, roomy))).isEqualTo("resume-too-complex");
        // a few MB of content pass
        assertThat(read(TestPdfs.compressedSpaces(2), DEFAULTS)).contains(TestPdfs.RESUME_LINE);
    }

    @Test
    void aPageTransformThatOverflowsAFloatIsUnreadableNotAServerError() {
        assertThat(slugOf(() -> read(TestPdfs.transformOverflowingAFloat(), DEFAULTS))).isEqualTo("resume-unreadable");
    }

    @Test
    void aParsePastItsDeadlineStopsByItself() {
        byte[] pdf = TestPdfs.tinyTextObjects(10_000);
        Deadline passed = Deadline.after(Duration.ZERO);
        assertThatThrownBy(() -> new PdfTextReader(DEFAULTS).read(pdf, passed)).isInstanceOf(Deadline.TimeUp.class);
    }

    @Test
    void theFixtureResumesStillRead() {
        assertThat(read(Fixtures.bytes("resume_backend_java.pdf"), DEFAULTS)).contains("Priya Raman");
        assertThat(slugOf(() -> read(Fixtures.bytes("resume_encrypted.pdf"), DEFAULTS))).isEqualTo("resume-encrypted");
        assertThat(slugOf(() -> read(Fixtures.bytes("resume_scanned_image_only.pdf"), DEFAULTS))).isEqualTo("resume-no-text");
    }
}
