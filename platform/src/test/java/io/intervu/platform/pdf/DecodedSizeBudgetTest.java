package io.intervu.platform.pdf;

import io.intervu.testsupport.TestPdfs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecodedSizeBudgetTest {

    private static final long MB = 1L << 20;

    @Test
    void aFontProgramThatUnpacksBeyondTheBudgetIsRefusedBeforePdfBoxUnpacksIt() throws IOException {
        byte[] pdf = TestPdfs.fontProgramUnpackingTo(64);
        assertTrue(pdf.length < MB, "the file itself is small: " + pdf.length);
        assertEquals(PdfRefusedException.Reason.TOO_COMPLEX, streamCheckRefusal(pdf));
    }

    @Test
    void theSameKindOfFileWithinTheBudgetPassesAndIsRead() throws IOException {
        try (PDDocument document = Loader.loadPDF(TestPdfs.fontProgramUnpackingTo(8))) {
            DecodedSizeBudget budget = new DecodedSizeBudget(32 * MB, 4 * MB, Deadline.after(Duration.ofSeconds(30)));
            budget.checkStreams(document);
            budget.checkContent(document, 1);
            assertTrue(new PDFTextStripper().getText(document).contains(TestPdfs.RESUME_LINE));
        }
    }

    @Test
    void pageContentBeyondItsOwnBudgetIsRefusedThoughTheTotalWouldAllowIt() throws IOException {
        try (PDDocument document = Loader.loadPDF(withContent("BT ET\n".repeat(400_000), null))) {
            DecodedSizeBudget budget = new DecodedSizeBudget(32 * MB, MB, Deadline.after(Duration.ofSeconds(30)));
            budget.checkStreams(document);
            PdfRefusedException refused = assertThrows(PdfRefusedException.class, () -> budget.checkContent(document, 1));
            assertEquals(PdfRefusedException.Reason.TOO_COMPLEX, refused.reason());
        }
    }

    @Test
    void anImageCodecOnAStreamThatIsNoImageIsRefusedAsUnreadable() throws IOException {
        assertEquals(PdfRefusedException.Reason.UNREADABLE, streamCheckRefusal(withContent("not a JPEG", COSName.DCT_DECODE)));
    }

    @Test
    void aCheckPastItsDeadlineStops() throws IOException {
        try (PDDocument document = Loader.loadPDF(TestPdfs.fontProgramUnpackingTo(1))) {
            DecodedSizeBudget budget = new DecodedSizeBudget(32 * MB, 4 * MB, Deadline.after(Duration.ZERO));
            assertThrows(Deadline.TimeUp.class, () -> budget.checkStreams(document));
        }
    }

    /** Why the stream check with a 32 MB budget refuses the file (it must). */
    private static PdfRefusedException.Reason streamCheckRefusal(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            DecodedSizeBudget budget = new DecodedSizeBudget(32 * MB, 4 * MB, Deadline.after(Duration.ofSeconds(30)));
            return assertThrows(PdfRefusedException.class, () -> budget.checkStreams(document)).reason();
        }
    }

    /** One page whose content stream holds {@code content} as it is, behind {@code filter} when one is given. */
    private static byte[] withContent(String content, COSName filter) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream raw = stream.createRawOutputStream()) {
                raw.write(content.getBytes(StandardCharsets.US_ASCII));
            }
            if (filter != null) {
                stream.setItem(COSName.FILTER, filter);
            }
            page.setContents(new PDStream(stream));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
