package io.intervu.e2e;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs without the stack: the generated inputs of the sweep are what their names say. A generator that
 * quietly produced a harmless file would let the sweep pass without testing anything.
 */
class HostileInputsTest {

    @Test
    void theBombInflatesToHundredsOfMegabytesFromAFewHundredKilobytes() throws DataFormatException {
        byte[] pdf = HostileInputs.decompressionBombPdf();
        assertTrue(pdf.length < 1_000_000, "small upload: " + pdf.length);
        long inflated = inflatedSize(streamOf(pdf));
        assertTrue(inflated >= 256L * 1024 * 1024, "inflates to " + inflated);
    }

    @Test
    void theFontProgramInflatesToAGigabyteFromAboutAMegabyteAndThePageUsesIt() throws DataFormatException {
        byte[] pdf = HostileInputs.fontProgramBombPdf();
        assertTrue(pdf.length < 2_000_000, "small upload: " + pdf.length);
        assertTrue(latin1(pdf).contains("/FontFile2 8 0 R") && latin1(pdf).contains("/F2 12 Tf"), "the page's text is set in the embedded font");
        assertTrue(inflatedSize(streamOf(pdf)) >= HostileInputs.FONT_BOMB_INFLATED_BYTES, "inflates to the gigabyte");
    }

    @Test
    void theWidePageIsFourHundredMillionPointsWideWithGlyphsAcrossIt() {
        String pdf = latin1(HostileInputs.widePagePdf());
        assertTrue(pdf.contains("/MediaBox [0 0 400000000 792]"), pdf.substring(0, 300));
        assertEquals(HostileInputs.WIDE_PAGE_GLYPHS, count(pdf, "\\(W\\) Tj"));
        assertTrue(pdf.contains(" " + (HostileInputs.WIDE_PAGE_GLYPHS - 1) * (HostileInputs.WIDE_PAGE_POINTS / HostileInputs.WIDE_PAGE_GLYPHS) + " 400 Tm"),
                "the last glyph sits far right");
    }

    @Test
    void pagesAndTextObjectsAreCountedAsNamed() {
        String pages = latin1(HostileInputs.manyPagesPdf());
        assertEquals(50, count(pages, "/Type /Page "), "page objects");
        assertTrue(pages.contains("/Count 50"));
        assertEquals(0, count(pages, "Tj"), "no text anywhere");
        String tiny = latin1(HostileInputs.tinyTextObjectsPdf());
        assertEquals(10_000, count(tiny, "BT /F1 0\\.5 Tf"));
    }

    @Test
    void crossReferenceOffsetsPointAtTheirObjects() {
        for (byte[] bytes : List.of(HostileInputs.widePagePdf(), HostileInputs.manyPagesPdf(), HostileInputs.tinyTextObjectsPdf(),
                HostileInputs.overflowingTransformPdf())) {
            String pdf = latin1(bytes);
            int xref = Integer.parseInt(pdf.substring(pdf.lastIndexOf("startxref") + 10).strip().split("\\s")[0]);
            assertTrue(pdf.startsWith("xref", xref), "startxref points at the table");
            Matcher entry = Pattern.compile("(\\d{10}) 00000 n").matcher(pdf.substring(xref));
            int object = 1;
            while (entry.find()) {
                assertTrue(pdf.startsWith(object + " 0 obj", Integer.parseInt(entry.group(1))), "object " + object);
                object++;
            }
            assertTrue(object > 4, "objects listed");
        }
    }

    @Test
    void theWavHeaderClaimsHoursButCarriesOneSecond() {
        byte[] wav = HostileInputs.wavClaimingHours();
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", new String(wav, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("data", new String(wav, 36, 4, StandardCharsets.US_ASCII));
        long claimed = b.getInt(40) & 0xFFFFFFFFL;
        double hours = claimed / (double) (b.getInt(28)) / 3600;
        assertTrue(hours > 20, "claims " + hours + " h");
        // below the streaming writers' placeholder sizes, so a reader must take the claim at its word
        assertTrue(claimed < 0x7FFF0000L);
        assertEquals(44 + 16_000, wav.length);
    }

    @Test
    void sizesAreOnTheIntendedSideOfEachLimit() {
        assertEquals(10_000_000, HostileInputs.randomWebm().length);
        assertEquals(0x1A, HostileInputs.randomWebm()[0]);
        assertTrue(HostileInputs.OVER_SERVICE_LIMIT_BYTES > 10 * 1024 * 1024 && HostileInputs.OVER_SERVICE_LIMIT_BYTES < 12 * 1024 * 1024);
        assertTrue(HostileInputs.OVER_GATEWAY_LIMIT_BYTES > 12 * 1024 * 1024);
    }

    @Test
    void everyBadInputFixtureIsFound() {
        List<HostileInputs.FileInput> fixtures = HostileInputs.fixtures(StackConfig.root());
        assertTrue(fixtures.size() >= 5, fixtures.toString());
        assertTrue(fixtures.stream().anyMatch(f -> f.fileName().equals("resume_encrypted.pdf")), fixtures.toString());
    }

    private static long inflatedSize(byte[] stream) throws DataFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(stream);
        byte[] buffer = new byte[1 << 20];
        long inflated = 0;
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            assertTrue(n > 0 || !inflater.needsInput(), "the stream is complete");
            inflated += n;
        }
        inflater.end();
        return inflated;
    }

    /** The data of the file's last stream. */
    private static byte[] streamOf(byte[] pdf) {
        String text = latin1(pdf);
        int end = text.lastIndexOf("\nendstream");
        int start = text.lastIndexOf(">>\nstream\n", end) + 10;
        byte[] stream = new byte[end - start];
        System.arraycopy(pdf, start, stream, 0, stream.length);
        return stream;
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
