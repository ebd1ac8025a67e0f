package io.intervu.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;

/**
 * The files the hostile-input sweep uploads: the project's bad-input fixtures, read where the services'
 * own tests keep them, and generated ones written byte by byte here (no PDF library: the point is to
 * produce files a library would refuse to write). Each generated file is hostile to every upload
 * endpoint at once: none carries text or audio a service could legitimately accept, so a 2xx always
 * means a check is missing rather than a judgement call.
 */
final class HostileInputs {

    /** One uploaded file: the part's file name and declared type, and its bytes. */
    record FileInput(String name, String fileName, String contentType, byte[] bytes) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    static final String TRUNCATED_FIXTURE = "fixture rag-service/resume_truncated.pdf";
    static final String WIDE_PAGE = "pdf: 400,000,000-point-wide page, 300 glyphs";
    static final long BOMB_INFLATED_BYTES = 300L * 1024 * 1024;
    static final long FONT_BOMB_INFLATED_BYTES = 1024L * 1024 * 1024;
    private static final String HELVETICA = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    static final long WIDE_PAGE_POINTS = 400_000_000L;
    static final int WIDE_PAGE_GLYPHS = 300;
    static final int MANY_PAGES = 50;
    static final int TINY_TEXT_OBJECTS = 10_000;
    static final long WAV_CLAIMED_DATA_BYTES = 1_500_000_000L;
    static final int WAV_BYTES_PER_SECOND = 8000 * 2;
    static final int RANDOM_WEBM_BYTES = 10_000_000;
    /** Over every service's own upload limit (resume 5 MB, audio and documents 10 MiB) but under the gateway's 12 MB. */
    static final int OVER_SERVICE_LIMIT_BYTES = 11_000_000;
    /** Over the gateway's 12 MB for the upload routes: refused there, before any service. */
    static final int OVER_GATEWAY_LIMIT_BYTES = 13 * 1024 * 1024;

    /** Bad-input fixtures of the services' tests: the hostile folders, and the broken resumes of interview-service. */
    static final List<String> FIXTURE_DIRS = List.of("rag-service/src/test/resources/hostile", "interview-service/src/test/resources/fixtures");
    private static final Set<String> INTERVIEW_BAD_FIXTURES = Set.of("not_a_pdf.pdf", "zip_renamed.pdf", "resume_encrypted.pdf",
            "resume_truncated.pdf", "resume_scanned_image_only.pdf");

    private HostileInputs() {
    }

    static List<FileInput> all(Path root) {
        List<FileInput> inputs = new ArrayList<>(fixtures(root));
        inputs.add(new FileInput(WIDE_PAGE, "wide.pdf", "application/pdf", widePagePdf()));
        inputs.add(new FileInput("pdf: Flate bomb inflating to " + BOMB_INFLATED_BYTES / (1024 * 1024) + " MB", "bomb.pdf", "application/pdf",
                decompressionBombPdf()));
        inputs.add(new FileInput("pdf: font program inflating to " + FONT_BOMB_INFLATED_BYTES / (1024 * 1024) + " MB", "font.pdf", "application/pdf",
                fontProgramBombPdf()));
        inputs.add(new FileInput("pdf: a page transform that overflows a float", "overflow.pdf", "application/pdf", overflowingTransformPdf()));
        inputs.add(new FileInput("pdf: " + MANY_PAGES + " pages", "pages.pdf", "application/pdf", manyPagesPdf()));
        inputs.add(new FileInput("pdf: " + TINY_TEXT_OBJECTS + " tiny text objects", "tiny.pdf", "application/pdf", tinyTextObjectsPdf()));
        inputs.add(new FileInput("wav: header claiming " + WAV_CLAIMED_DATA_BYTES / WAV_BYTES_PER_SECOND / 3600 + " hours", "long.wav", "audio/wav",
                wavClaimingHours()));
        inputs.add(new FileInput("webm: 10 MB random after an EBML header", "noise.webm", "audio/webm", randomWebm()));
        inputs.add(new FileInput("zero bytes", "empty.pdf", "application/pdf", new byte[0]));
        inputs.add(new FileInput("over the service limits (11 MB)", "big.pdf", "application/pdf", pdfPrefixedNoise(OVER_SERVICE_LIMIT_BYTES)));
        inputs.add(new FileInput("over the gateway limit (13 MB)", "huge.pdf", "application/pdf", pdfPrefixedNoise(OVER_GATEWAY_LIMIT_BYTES)));
        return inputs;
    }

    /** Every bad-input fixture once (the same file is kept in two services' tests). */
    static List<FileInput> fixtures(Path root) {
        List<FileInput> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String dir : FIXTURE_DIRS) {
            Path folder = root.resolve(dir);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (dir.startsWith("interview-service") && !INTERVIEW_BAD_FIXTURES.contains(name)) {
                        continue;
                    }
                    byte[] bytes = Files.readAllBytes(f);
                    if (seen.add(sha256(bytes))) {
                        found.add(new FileInput("fixture " + dir.substring(0, dir.indexOf('/')) + "/" + name, name, "application/pdf", bytes));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("bad-input fixtures missing: " + folder, e);
            }
        }
        if (found.size() < INTERVIEW_BAD_FIXTURES.size()) {
            throw new IllegalStateException("expected at least " + INTERVIEW_BAD_FIXTURES.size() + " bad-input fixtures, found " + found);
        }
        return found;
    }

    // ------------------------------------------------------------------ PDFs

    /** The page width that once sized an int[] in interview-service's column detection at 1.6 GB. */
    static byte[] widePagePdf() {
        StringBuilder content = new StringBuilder("BT /F1 12 Tf\n");
        long step = WIDE_PAGE_POINTS / WIDE_PAGE_GLYPHS;
        for (int i = 0; i < WIDE_PAGE_GLYPHS; i++) {
            content.append("1 0 0 1 ").append(i * step).append(" 400 Tm (W) Tj\n");
        }
        content.append("ET\n");
        return pdf("[0 0 " + WIDE_PAGE_POINTS + " 792]", List.of(ascii(content.toString())), false);
    }

    /** One page whose content stream is a few hundred KB of Flate that inflates to {@link #BOMB_INFLATED_BYTES} of blanks. */
    static byte[] decompressionBombPdf() {
        return pdf("[0 0 612 792]", List.of(deflated(ascii("BT /F1 12 Tf 72 700 Td ( ) Tj ET\n"), BOMB_INFLATED_BYTES, (byte) ' ')), true);
    }

    /**
     * One page whose line of text is set in an embedded TrueType font: its program is about a megabyte of Flate
     * that inflates to {@link #FONT_BOMB_INFLATED_BYTES} of zeros. PDFBox 3.0.8 inflates a font program into heap in
     * one piece as soon as the page's text is extracted: enough to run a 640 MB heap, rag-service's, out of memory.
     */
    static byte[] fontProgramBombPdf() {
        return write(List.of(
                ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                ascii("<< /Type /Pages /Kids [4 0 R] /Count 1 >>"),
                ascii(HELVETICA),
                ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 6 0 R >> >> /Contents 5 0 R >>"),
                stream(ascii("BT /F2 12 Tf 72 700 Td (embedded) Tj ET\n"), false),
                ascii("<< /Type /Font /Subtype /TrueType /BaseFont /Embedded /FirstChar 32 /LastChar 126 /FontDescriptor 7 0 R >>"),
                ascii("<< /Type /FontDescriptor /FontName /Embedded /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800"
                        + " /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 8 0 R >>"),
                stream(deflated(new byte[0], FONT_BOMB_INFLATED_BYTES, (byte) 0), true)));
    }

    /** Scales the page by 3.4e38 twice, then shows a glyph: PDFBox's text extraction throws an unchecked exception on it. */
    static byte[] overflowingTransformPdf() {
        String scale = "340000000000000000000000000000000000000 0 0 340000000000000000000000000000000000000 0 0 cm\n";
        return pdf("[0 0 612 792]", List.of(ascii(scale + scale + "BT /F1 12 Tf (x) Tj ET\n")), false);
    }

    /** {@code head}, then {@code fillBytes} of {@code fill}, behind Flate at its best compression. */
    private static byte[] deflated(byte[] head, long fillBytes, byte fill) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, fill);
        byte[] buffer = new byte[1 << 16];
        deflater.setInput(head);
        drain(deflater, buffer, out);
        for (long written = 0; written < fillBytes; written += chunk.length) {
            deflater.setInput(chunk);
            drain(deflater, buffer, out);
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void drain(Deflater deflater, byte[] buffer, ByteArrayOutputStream out) {
        while (!deflater.needsInput()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
    }

    /** Fifty pages of line art and no text: past interview-service's page limit, and nothing any service could index. */
    static byte[] manyPagesPdf() {
        List<byte[]> pages = new ArrayList<>();
        for (int i = 0; i < MANY_PAGES; i++) {
            pages.add(ascii("0.5 w 72 " + (72 + i) + " m 540 720 l S\n"));
        }
        return pdf("[0 0 612 792]", pages, false);
    }

    /**
     * Ten thousand text objects of one blank glyph at half a point, spread over the page: the layout code places
     * every one, and the result is no text, which every reader must refuse.
     */
    static byte[] tinyTextObjectsPdf() {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < TINY_TEXT_OBJECTS; i++) {
            content.append(String.format(Locale.ROOT, "BT /F1 0.5 Tf %.1f %.1f Td ( ) Tj ET\n", 20 + (i % 100) * 5.7, 20 + (i / 100) * 7.5));
        }
        return pdf("[0 0 612 792]", List.of(ascii(content.toString())), false);
    }

    /** A PDF signature followed by noise: sized to cross an upload limit, and unreadable if one is missing. */
    static byte[] pdfPrefixedNoise(int size) {
        byte[] bytes = noise(size, 11);
        byte[] magic = ascii("%PDF-1.4\n");
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    /**
     * A minimal PDF: catalog (1), page tree (2), Helvetica (3), then a page and its content stream per entry.
     * Offsets in the cross-reference table are exact, so a reader gets past the structure to the content.
     */
    static byte[] pdf(String mediaBox, List<byte[]> contents, boolean flate) {
        List<byte[]> objects = new ArrayList<>();
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < contents.size(); i++) {
            kids.append(4 + 2 * i).append(" 0 R ");
        }
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [" + kids.toString().strip() + "] /Count " + contents.size() + " >>"));
        objects.add(ascii(HELVETICA));
        for (int i = 0; i < contents.size(); i++) {
            objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox " + mediaBox + " /Resources << /Font << /F1 3 0 R >> >> /Contents "
                    + (5 + 2 * i) + " 0 R >>"));
            objects.add(stream(contents.get(i), flate));
        }
        return write(objects);
    }

    private static byte[] stream(byte[] data, boolean flate) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(ascii("<< /Length " + data.length + (flate ? " /Filter /FlateDecode" : "") + " >>\nstream\n"));
        stream.writeBytes(data);
        stream.writeBytes(ascii("\nendstream"));
        return stream.toByteArray();
    }

    /** The objects numbered from 1, with a cross-reference table whose offsets are exact. */
    private static byte[] write(List<byte[]> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            out.writeBytes(ascii((i + 1) + " 0 obj\n"));
            out.writeBytes(objects.get(i));
            out.writeBytes(ascii("\nendobj\n"));
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.writeBytes(ascii(table.toString()));
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ audio

    /** 16-bit mono 8 kHz PCM whose data chunk claims 1.5 GB (26 hours); one second of quiet noise follows. */
    static byte[] wavClaimingHours() {
        int actual = WAV_BYTES_PER_SECOND;
        ByteBuffer b = ByteBuffer.allocate(44 + actual).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt((int) (36 + WAV_CLAIMED_DATA_BYTES)).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000).putInt(WAV_BYTES_PER_SECOND)
                .putShort((short) 2).putShort((short) 16);
        b.put(ascii("data")).putInt((int) WAV_CLAIMED_DATA_BYTES);
        Random random = new Random(7);
        for (int i = 0; i < actual / 2; i++) {
            b.putShort((short) (random.nextGaussian() * 200));
        }
        return b.array();
    }

    /** An EBML header naming the webm doctype, so the sniffer hands it to the WebM demuxer, then 10 MB of noise. */
    static byte[] randomWebm() {
        byte[] bytes = noise(RANDOM_WEBM_BYTES, 13);
        byte[] header = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86, (byte) 0x81, 0x01, 0x42, (byte) 0xF7,
                (byte) 0x81, 0x01, 0x42, (byte) 0xF2, (byte) 0x81, 0x04, 0x42, (byte) 0xF3, (byte) 0x81, 0x08, 0x42, (byte) 0x82,
                (byte) 0x84, 'w', 'e', 'b', 'm', 0x42, (byte) 0x87, (byte) 0x81, 0x04, 0x42, (byte) 0x85, (byte) 0x81, 0x02};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    // ------------------------------------------------------------------ helpers

    private static byte[] noise(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
