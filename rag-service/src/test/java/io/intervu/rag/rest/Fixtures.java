package io.intervu.rag.rest;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import io.intervu.testsupport.TestJwt;
import io.restassured.response.ValidatableResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Tokens, test documents and an upload helper for the REST tests. */
final class Fixtures {

    static final String ADMIN = TestJwt.admin(UUID.randomUUID().toString());
    static final String USER = TestJwt.user(UUID.randomUUID().toString());

    private Fixtures() {
    }

    static byte[] resource(String path) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + path, e);
        }
    }

    /** The document with a unique trailing line, so each test gets its own content hash. */
    static byte[] unique(String path) {
        String text = new String(resource(path), StandardCharsets.UTF_8) + "\n\nTest copy " + UUID.randomUUID() + ".\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static ValidatableResponse upload(String fileName, byte[] bytes, String contentType) {
        return given().auth().oauth2(ADMIN)
                .multiPart("file", fileName, bytes, contentType)
                .when().post("/api/knowledge/documents").then();
    }

    static byte[] pdf(int pages, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        for (int i = 0; i < pages; i++) {
            if (i > 0) {
                doc.newPage();
            }
            doc.add(new Paragraph(text));
        }
        doc.close();
        return out.toByteArray();
    }

    /**
     * A one-page PDF that scales the page by {@code factor} twice and then writes a word; with a factor near float's
     * limit the product overflows, and PDFBox's text extraction meets the word with an unchecked exception.
     */
    static byte[] pdfScaledTwiceBy(String factor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("A page of ordinary text about trimming a sailing boat in a gusty wind."));
        String scale = factor + " 0 0 " + factor + " 0 0 cm\n";
        PdfContentByte page = writer.getDirectContent();
        page.setLiteral(scale + scale);
        page.beginText();
        page.setFontAndSize(createFont(), 12);
        page.showText("scaled");
        page.endText();
        doc.close();
        return out.toByteArray();
    }

    private static BaseFont createFont() {
        try {
            return BaseFont.createFont();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(String id) {
        given().auth().oauth2(ADMIN).when().delete("/api/knowledge/documents/" + id);
    }
}
