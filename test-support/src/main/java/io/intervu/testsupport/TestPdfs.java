package io.intervu.testsupport;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Real PDFs, ordinary and made to hurt a reader, written with PDFBox in the test, for the services that read uploaded PDFs. */
public final class TestPdfs {

    /** A line of ordinary resume text: enough of them make a page with a real text layer. */
    public static final String RESUME_LINE = "Built payment services in Java and Kafka for a team of eight engineers.";

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private TestPdfs() {
    }

    /** One page {@code width} points wide with a few lines of text ({@code glyphs} visible characters or more). */
    public static byte[] widePage(float width, int glyphs) {
        return write(doc -> {
            PDPage page = new PDPage(new PDRectangle(width, 792));
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                int lines = (glyphs + RESUME_LINE.length() - 1) / RESUME_LINE.length();
                for (int i = 0; i < lines; i++) {
                    line(text, 72, 720 - 14 * i, 10, RESUME_LINE);
                }
            }
        });
    }

    /** One Letter page holding {@code count} separate text objects of one tiny glyph each, on a grid. */
    public static byte[] tinyTextObjects(int count) {
        return write(doc -> {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < count; i++) {
                    line(text, 20 + (i % 100) * 5.5f, 760 - (i / 100) * 7f, 2, String.valueOf((char) ('a' + i % 26)));
                }
            }
        });
    }

    /** {@code pages} Letter pages, each with {@code "PAGE-<n>-MARKER"} and a few lines of text. */
    public static byte[] pages(int pages) {
        return write(doc -> {
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                    line(text, 72, 720, 12, "PAGE-" + p + "-MARKER");
                    for (int i = 0; i < 3; i++) {
                        line(text, 72, 700 - 14 * i, 10, RESUME_LINE);
                    }
                }
            }
        });
    }

    /** {@code pages} pages of {@code linesPerPage} lines each: far more text than a resume. */
    public static byte[] longText(int pages, int linesPerPage) {
        return write(doc -> {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                    for (int i = 0; i < linesPerPage; i++) {
                        line(text, 20, 780 - 8 * (i % 96), 6, RESUME_LINE);
                    }
                }
            }
        });
    }

    /**
     * A page of ordinary text, then a second content stream that unpacks to {@code megabytes} MB of
     * spaces behind ASCIIHex + Flate (PDFBox decodes such a chain into heap in one piece). The file
     * itself is about 2 KB per decoded MB.
     */
    public static byte[] compressedSpaces(int megabytes) {
        byte[] packed = deflated(megabytes, (byte) ' ');
        return write(doc -> {
            PDPage page = pageOfText(doc);
            COSStream bomb = doc.getDocument().createCOSStream();
            try (OutputStream raw = bomb.createRawOutputStream()) {
                raw.write((HexFormat.of().formatHex(packed) + ">").getBytes(StandardCharsets.US_ASCII));
            }
            COSArray filters = new COSArray();
            filters.add(COSName.ASCII_HEX_DECODE);
            filters.add(COSName.FLATE_DECODE);
            bomb.setItem(COSName.FILTER, filters);
            PDStream first = page.getContentStreams().next();
            page.setContents(List.of(first, new PDStream(bomb)));
        });
    }

    /**
     * A page of ordinary text that also uses a TrueType font whose embedded program unpacks to {@code megabytes} MB
     * of zeros behind Flate. PDFBox 3.0.8 unpacks a font program into heap in one piece when the page's text is
     * extracted: 1.5 GB from a 1.5 MB file. The file is about 1 KB per unpacked MB.
     */
    public static byte[] fontProgramUnpackingTo(int megabytes) {
        byte[] packed = deflated(megabytes, (byte) 0);
        return write(doc -> {
            PDPage page = pageOfText(doc);
            COSStream program = doc.getDocument().createCOSStream();
            try (OutputStream raw = program.createRawOutputStream()) {
                raw.write(packed);
            }
            program.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, "Unpacking");
            descriptor.setInt(COSName.FLAGS, 32);
            descriptor.setItem(COSName.FONT_FILE2, program);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
            font.setName(COSName.BASE_FONT, "Unpacking");
            font.setItem(COSName.FONT_DESC, descriptor);
            page.getResources().getCOSObject().getCOSDictionary(COSName.FONT).setItem(COSName.getPDFName("FU"), font);
            appendRaw(doc, page, "BT /FU 10 Tf 72 600 Td (unpacking) Tj ET\n");
        });
    }

    /**
     * A page of ordinary text that then scales the page by 3.4e38 twice and shows one more word: the product overflows
     * a float, and PDFBox 3.0.8's text extraction meets the word with an unchecked IllegalArgumentException.
     */
    public static byte[] transformOverflowingAFloat() {
        return write(doc -> {
            PDPage page = pageOfText(doc);
            String scale = "340000000000000000000000000000000000000 0 0 340000000000000000000000000000000000000 0 0 cm\n";
            appendRaw(doc, page, scale + scale + "BT /F1 10 Tf (scaled) Tj ET\n");
        });
    }

    /** A Letter page with {@link #RESUME_LINE} four times in Helvetica (font resource F1). */
    private static PDPage pageOfText(PDDocument doc) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
            for (int i = 0; i < 4; i++) {
                line(text, 72, 720 - 14 * i, 10, RESUME_LINE);
            }
        }
        return page;
    }

    /** Operators as written, in a content stream of their own after the page's: no PDF writer would write them. */
    private static void appendRaw(PDDocument doc, PDPage page, String operators) throws IOException {
        try (PDPageContentStream more = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, false)) {
            more.appendRawCommands(operators);
        }
    }

    private static byte[] deflated(int megabytes, byte fill) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(packed, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, fill);
            for (int i = 0; i < megabytes; i++) {
                out.write(chunk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packed.toByteArray();
    }

    private static void line(PDPageContentStream text, float x, float y, float size, String s) throws IOException {
        text.beginText();
        text.setFont(HELVETICA, size);
        text.newLineAtOffset(x, y);
        text.showText(s);
        text.endText();
    }

    private interface Content {
        void fill(PDDocument doc) throws IOException;
    }

    private static byte[] write(Content content) {
        try (PDDocument doc = new PDDocument()) {
            content.fill(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
