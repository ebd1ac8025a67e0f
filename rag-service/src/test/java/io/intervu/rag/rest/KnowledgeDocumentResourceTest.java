package io.intervu.rag.rest;

import io.intervu.rag.repository.ChunkRepository;
import io.intervu.rag.repository.DocumentRepository;
import io.intervu.testsupport.TestJwt;
import io.intervu.testsupport.TestPdfs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static io.intervu.rag.rest.Fixtures.ADMIN;
import static io.intervu.rag.rest.Fixtures.USER;
import static io.intervu.rag.rest.Fixtures.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class KnowledgeDocumentResourceTest {

    @Inject
    ChunkRepository chunks;
    @Inject
    DocumentRepository documents;

    @Test
    void ingestsMarkdownWithFrontMatterAndItsQuestions() {
        String id = upload("beekeeping.md", Fixtures.unique("docs/beekeeping.md"), "text/markdown")
                .statusCode(201)
                .header("Location", containsString("/api/knowledge/documents/"))
                .body("title", equalTo("Overwintering Honey Bee Colonies"))
                .body("topics", hasItem("test-apiculture"))
                .body("mediaType", equalTo("text/markdown"))
                .body("questions", equalTo(1))
                .body("chunks", greaterThan(0))
                .body("created", equalTo(true))
                .extract().path("id");
        try {
            given().auth().oauth2(USER).queryParam("topics", "test-apiculture").when().get("/api/knowledge/questions")
                    .then().statusCode(200)
                    .body("ref", hasItem("test-beekeeping-1"))
                    .body("[0].documentId", equalTo(id))
                    .body("[0].keyPoints.size()", equalTo(3))
                    .body("[0].probes", equalTo(List.of("Where does the queen spend the cold weeks, and who keeps her company?",
                            "Without flying, how do the bees actually make warmth?",
                            "What stops the bees on the outside of the ball from dying of cold?")))
                    .body("[0].misconceptions", equalTo(List.of(
                            "Bees hibernate through the winter like bears, so the colony barely needs any honey until spring.",
                            "The queen flies south with a small escort and returns when the weather warms up.",
                            "The hive keeps warm mainly because the wax walls insulate it, so the bees themselves do little.")));
        } finally {
            Fixtures.delete(id);
        }
    }

    @Test
    void reIngestingTheSameBytesIsANoOp() {
        byte[] bytes = Fixtures.unique("docs/sourdough.md");
        String id = upload("sourdough.md", bytes, "text/markdown").statusCode(201).extract().path("id");
        try {
            long chunksBefore = chunks.count();
            long docsBefore = documents.count();
            upload("sourdough-again.md", bytes, "text/markdown").statusCode(200)
                    .body("id", equalTo(id)).body("created", equalTo(false));
            assertEquals(chunksBefore, chunks.count());
            assertEquals(docsBefore, documents.count());
        } finally {
            Fixtures.delete(id);
        }
    }

    @Test
    void aFailingIngestLeavesNothingBehind() {
        // The question id collides with a starter document's only after document and chunks were written.
        String doc = """
                ---
                title: Colliding Question Ids
                topics: [test-collision]
                roles: [backend]
                questions:
                  - id: kafka-fundamentals-1
                    type: technical
                    difficulty: easy
                    question: "A question whose id is already taken?"
                    keyPoints: ["the whole document must roll back"]
                ---
                # Colliding Question Ids

                ## Body
                Some text about nothing in particular, long enough to become one chunk of the knowledge base.
                """ + UUID.randomUUID();
        long chunksBefore = chunks.count();
        long docsBefore = documents.count();
        upload("collide.md", doc.getBytes(StandardCharsets.UTF_8), "text/markdown")
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://intervu.dev/problems/duplicate-question-ref"))
                .body("detail", containsString("kafka-fundamentals-1"));
        assertEquals(chunksBefore, chunks.count());
        assertEquals(docsBefore, documents.count());
    }

    @Test
    void ingestsAPdfAndDeletesIt() {
        byte[] pdf = Fixtures.pdf(2, "Trimming a sailing boat: ease the mainsheet in gusts, move crew weight to windward, "
                + "and flatten the sail with the outhaul when the wind builds. " + UUID.randomUUID());
        String id = upload("sailing.pdf", pdf, "application/pdf")
                .statusCode(201).body("mediaType", equalTo("application/pdf")).body("title", equalTo("sailing"))
                .extract().path("id");
        given().auth().oauth2(ADMIN).when().get("/api/knowledge/documents/" + id).then().statusCode(200).body("chunks", greaterThan(0));
        given().auth().oauth2(ADMIN).when().delete("/api/knowledge/documents/" + id).then().statusCode(204);
        given().auth().oauth2(ADMIN).when().get("/api/knowledge/documents/" + id).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(ADMIN).when().delete("/api/knowledge/documents/" + id).then().statusCode(404);
    }

    @Test
    void hostileInputsGetProblemDocuments() {
        long chunksBefore = chunks.count();
        long docsBefore = documents.count();
        expectProblem(upload("empty.md", new byte[0], "text/markdown"), 422, "empty-document");
        expectProblem(upload("blank.txt", "   \n\n\t ".getBytes(StandardCharsets.UTF_8), "text/plain"), 422, "empty-document");
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        expectProblem(upload("random.bin", binary, "application/octet-stream"), 415, "binary-content");
        expectProblem(upload("notes.txt", "text\u0000with a NUL byte".getBytes(StandardCharsets.UTF_8), "text/plain"), 415, "binary-content");
        byte[] large = "a paragraph of words. ".repeat(60_000).getBytes(StandardCharsets.UTF_8); // ~1.3 MB > 1 MB test limit
        expectProblem(upload("large.txt", large, "text/plain"), 413, "document-too-large");
        expectProblem(upload("long.pdf", Fixtures.pdf(25, "page"), "application/pdf"), 422, "too-many-pages");
        expectProblem(upload("encrypted.pdf", Fixtures.resource("hostile/resume_encrypted.pdf"), "application/pdf"), 422, "encrypted-pdf");
        expectProblem(upload("zip_renamed.pdf", Fixtures.resource("hostile/zip_renamed.pdf"), "application/pdf"), 415, "not-a-pdf");
        expectProblem(upload("scanned.pdf", Fixtures.resource("hostile/resume_scanned_image_only.pdf"), "application/pdf"), 422, "empty-document");
        expectProblem(upload("overflow.pdf", TestPdfs.transformOverflowingAFloat(), "application/pdf"), 422, "unreadable-pdf");
        expectProblem(upload("font_bomb.pdf", TestPdfs.fontProgramUnpackingTo(100), "application/pdf"), 422, "pdf-too-complex");
        expectProblem(upload("broken.md", "---\ntitle: [unclosed\n---\n# Body\n\ntext".getBytes(StandardCharsets.UTF_8), "text/markdown"),
                422, "invalid-front-matter");
        expectProblem(upload("unclosed.md", "---\ntitle: x\n# Body\n\ntext".getBytes(StandardCharsets.UTF_8), "text/markdown"),
                422, "invalid-front-matter");
        expectProblem(upload("badtype.md", ("---\ntitle: x\nquestions:\n  - id: q1\n    type: trivia\n    difficulty: easy\n"
                + "    question: \"q?\"\n    keyPoints: [\"a\"]\n---\n# Body\n\ntext").getBytes(StandardCharsets.UTF_8), "text/markdown"),
                422, "invalid-front-matter");
        // probes are optional, but when given there is exactly one per key point
        expectProblem(upload("probes.md", ("---\ntitle: x\nquestions:\n  - id: q1\n    type: technical\n    difficulty: easy\n"
                + "    question: \"q?\"\n    keyPoints: [\"a\", \"b\"]\n    probes: [\"only one?\"]\n---\n# Body\n\ntext")
                .getBytes(StandardCharsets.UTF_8), "text/markdown"), 422, "invalid-front-matter");
        given().auth().oauth2(ADMIN).multiPart("title", "no file").when().post("/api/knowledge/documents").then()
                .statusCode(400).contentType(startsWith("application/problem+json"));
        assertEquals(chunksBefore, chunks.count(), "no chunk left behind");
        assertEquals(docsBefore, documents.count(), "no document left behind");
    }

    @Test
    void aTruncatedPdfIsEitherReadOrRefusedButNeverAServerError() {
        int status = upload("truncated.pdf", Fixtures.resource("hostile/resume_truncated.pdf"), "application/pdf")
                .extract().statusCode();
        assertTrue(status == 201 || status == 422, "status " + status);
    }

    @Test
    void onlyAdminsManageDocuments() {
        given().auth().oauth2(USER).multiPart("file", "x.md", "# X\n\ntext".getBytes(StandardCharsets.UTF_8), "text/markdown")
                .when().post("/api/knowledge/documents").then().statusCode(403);
        given().multiPart("file", "x.md", "# X\n\ntext".getBytes(StandardCharsets.UTF_8), "text/markdown")
                .when().post("/api/knowledge/documents").then().statusCode(401);
        given().auth().oauth2(TestJwt.signedByForeignKey(UUID.randomUUID().toString()))
                .when().get("/api/knowledge/documents").then().statusCode(401);
        given().auth().oauth2(USER).when().delete("/api/knowledge/documents/" + UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(ADMIN).when().get("/api/knowledge/documents").then().statusCode(200).body("size()", greaterThan(39));
    }

    private static void expectProblem(io.restassured.response.ValidatableResponse response, int status, String slug) {
        response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://intervu.dev/problems/" + slug))
                .body("status", equalTo(status));
    }

}
