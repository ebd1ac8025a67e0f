package io.intervu.rag.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.intervu.rag.rest.Fixtures.USER;
import static io.intervu.rag.rest.Fixtures.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class KnowledgeSearchResourceTest {

    private static io.restassured.response.ValidatableResponse search(Map<String, Object> body) {
        return given().auth().oauth2(USER).contentType(ContentType.JSON).body(body)
                .when().post("/api/knowledge/search").then();
    }

    @Test
    void findsAnIngestedDocumentForParaphrasedQueries() {
        String id = upload("beekeeping.md", Fixtures.unique("docs/beekeeping.md"), "text/markdown").statusCode(201).extract().path("id");
        try {
            // none of these repeats the document's title words
            for (String query : List.of("how do hives keep from freezing during the cold season",
                    "insects shivering their wing muscles to generate warmth",
                    "feeding sugar syrup when the boxes feel light before frost")) {
                search(Map.of("queries", List.of(query), "topK", 3, "minScore", 0.0))
                        .statusCode(200)
                        .body("results[0].documentId", equalTo(id))
                        .body("results[0].documentTitle", equalTo("Overwintering Honey Bee Colonies"))
                        .body("results[0].topics", hasItem("test-apiculture"))
                        .body("results[0].score", greaterThan(0.2f)); // MiniLM scores paraphrases low: see README
            }
        } finally {
            Fixtures.delete(id);
        }
        search(Map.of("queries", List.of("how do hives keep from freezing during the cold season"), "minScore", 0.0))
                .statusCode(200).body("results.documentId", not(hasItem(id)));
    }

    @Test
    void mergesAndDeduplicatesSeveralQueries() {
        List<String> queries = List.of("Kafka consumer group rebalancing", "consumer groups and partition assignment in Kafka");
        List<String> chunkIds = search(Map.of("queries", queries, "topK", 6, "minScore", 0.0))
                .statusCode(200).body("results.size()", lessThanOrEqualTo(6)).extract().path("results.chunkId");
        assertEquals(chunkIds.size(), chunkIds.stream().distinct().count(), "no chunk twice");
        List<Float> scores = search(Map.of("queries", queries, "minScore", 0.0)).extract().path("results.score");
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "sorted by score");
        }
    }

    @Test
    void filtersByTopicAndRole() {
        search(Map.of("queries", List.of("how to keep message ordering"), "topics", List.of("kafka"), "minScore", 0.0))
                .statusCode(200).body("results.size()", greaterThan(0))
                .body("results.topics", everyItem(hasItem("kafka")));
        search(Map.of("queries", List.of("how to keep message ordering"), "roles", List.of("frontend"), "minScore", 0.0))
                .statusCode(200).body("results.size()", greaterThan(0))
                .body("results.roles", everyItem(org.hamcrest.Matchers.anyOf(hasItem("frontend"), hasItem("any"))));
        search(Map.of("queries", List.of("how to keep message ordering"), "topics", List.of("no-such-topic"), "minScore", 0.0))
                .statusCode(200).body("results.size()", equalTo(0));
    }

    @Test
    void minScoreCutsWeakHitsAndDefaultsApply() {
        search(Map.of("queries", List.of("zebra migration across the Serengeti plains")))
                .statusCode(200).body("results.score", everyItem(greaterThanOrEqualTo(0.58f)));
        search(Map.of("queries", List.of("Kafka partitions ordering consumer groups"), "minScore", -1.0))
                .statusCode(200).body("results.size()", equalTo(6));
    }

    @Test
    void diversitySpreadsResultsOverDocuments() {
        Map<String, Object> body = Map.of("queries", List.of("Kafka consumer groups offsets and rebalancing"), "topK", 4,
                "minScore", 0.0, "diversity", true);
        List<String> docs = search(body).statusCode(200).body("results.size()", equalTo(4)).extract().path("results.documentId");
        List<String> plain = search(Map.of("queries", List.of("Kafka consumer groups offsets and rebalancing"), "topK", 4, "minScore", 0.0))
                .extract().path("results.documentId");
        assertTrue(docs.stream().distinct().count() >= plain.stream().distinct().count(), "MMR never narrows the spread");
    }

    @Test
    void invalidRequestsAreProblems() {
        search(Map.of("queries", List.of())).statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.queries", org.hamcrest.Matchers.notNullValue());
        search(Map.of("queries", List.of("x"), "topK", 0)).statusCode(400).body("errors.topK", org.hamcrest.Matchers.notNullValue());
        search(Map.of("queries", List.of("x"), "minScore", 3)).statusCode(400);
        search(Map.of("queries", List.of("x".repeat(5000)))).statusCode(400);
        given().auth().oauth2(USER).contentType(ContentType.JSON).body("{not json").when().post("/api/knowledge/search")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).body(Map.of("queries", List.of("x"))).when().post("/api/knowledge/search")
                .then().statusCode(401);
    }
}
