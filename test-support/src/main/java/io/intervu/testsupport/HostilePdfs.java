package io.intervu.testsupport;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Real PDFs made to hurt a reader, written with PDFBox in the test, for the services that read uploaded PDFs. */
public final class HostilePdfs {

    /** A sentence of ordinary text, written a few times on the page so that it has a real text layer. */
    public static final String TEXT_LINE = "Idempotent consumers keep a table of processed message ids and skip a repeat.";

    private HostilePdfs() {
    }

    /**
     * A page of ordinary text that also uses a TrueType font whose embedded program unpacks to {@code megabytes} MB
     * of zeros behind Flate. PDFBox 3.0.8 unpacks a font program into heap in one piece when the page's text is
     * extracted: 1.5 GB from a 1.5 MB file. The file is about 1 KB per unpacked MB.
     */
    public static byte[] fontProgramUnpackingTo(int megabytes) {
        return write(doc -> {
            PDPage page = pageOfText(doc);
            COSStream program = doc.getDocument().createCOSStream();
            try (OutputStream raw = program.createRawOutputStream()) {
                raw.write(deflatedZeros(megabytes));
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
            PDResources resources = page.getResources();
            resources.getCOSObject().getCOSDictionary(COSName.FONT).setItem(COSName.getPDFName("FU"), font);
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

    /** A Letter page with {@link #TEXT_LINE} four times in Helvetica, whose font resource is named F1. */
    private static PDPage pageOfText(PDDocument doc) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < 4; i++) {
                text.beginText();
                text.setFont(helvetica, 10);
                text.newLineAtOffset(72, 720 - 14 * i);
                text.showText(TEXT_LINE);
                text.endText();
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

    private static byte[] deflatedZeros(int megabytes) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(packed, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                out.write(chunk);
            }
        }
        return packed.toByteArray();
    }
}
