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
        try (PDDocument doc = new PDDocument()) {
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
            try (PDPageContentStream more = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, false)) {
                more.appendRawCommands("BT /FU 10 Tf 72 600 Td (unpacking) Tj ET\n");
            }
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
