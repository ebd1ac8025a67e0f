package io.intervu.rag.rest;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import io.intervu.testsupport.TestJwt;
import io.restassured.response.ValidatableResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

    static void delete(String id) {
        given().auth().oauth2(ADMIN).when().delete("/api/knowledge/documents/" + id);
    }
}
