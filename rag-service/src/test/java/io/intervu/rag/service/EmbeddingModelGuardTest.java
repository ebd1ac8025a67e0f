package io.intervu.rag.service;

import io.intervu.rag.repository.EmbeddingModelRepository;
import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Vectors of another model are detected at (re)check time, block search, and the re-embed command heals it. */
@QuarkusTest
class EmbeddingModelGuardTest {

    @Inject
    EmbeddingModelGuard guard;
    @Inject
    EmbeddingModelRepository models;
    @Inject
    StarterKnowledgeLoader starter;

    @Test
    void mismatchBlocksSearchUntilReEmbedded() {
        String admin = TestJwt.admin(UUID.randomUUID().toString());
        models.save("some-other-model", 768);
        guard.check();
        try {
            assertFalse(guard.usable());
            given().auth().oauth2(TestJwt.user(UUID.randomUUID().toString())).contentType(ContentType.JSON)
                    .body(Map.of("queries", List.of("kafka ordering"))).when().post("/api/knowledge/search")
                    .then().statusCode(503).body("type", equalTo("https://intervu.dev/problems/embedding-model-mismatch"));
            given().when().get("/q/health/ready").then().statusCode(503);

            given().auth().oauth2(admin).when().post("/api/knowledge/admin/re-embed").then().statusCode(200)
                    .body("model", equalTo("all-minilm-l6-v2")).body("dimension", equalTo(384)).body("chunks", greaterThan(100));
            assertTrue(guard.usable());
            assertEquals("all-minilm-l6-v2", models.current().orElseThrow().name());
            given().when().get("/q/health/ready").then().statusCode(200);
        } finally {
            models.save("all-minilm-l6-v2", 384);
            guard.check();
        }
    }

    @Test
    void starterDocumentsAreLoadedOnceAndSkippedAfterwards() {
        int files = starter.listMarkdown().size();
        assertTrue(files >= 40, "starter corpus has " + files + " documents");
        StarterKnowledgeLoader.Report again = starter.load();
        assertEquals(0, again.created());
        assertEquals(files - again.failed().size(), again.unchanged());
        assertTrue(again.failed().isEmpty(), "starter documents that do not parse: " + again.failed());
        assertTrue(again.unknownTags().isEmpty(), "starter documents with tags outside the vocabulary: " + again.unknownTags());
    }
}
