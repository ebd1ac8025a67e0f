package io.intervu.rag.rest;

import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;

/**
 * interview-service resuming a plan after a restart has no user token and calls with its service
 * token (group "service" only): it may read the knowledge base, never administer it.
 */
@QuarkusTest
class ServiceCallerTest {

    static final String SERVICE = TestJwt.token("service:interview-service", Set.of("service"));

    @Test
    void aServiceTokenReadsSearchQuestionsAndTopics() {
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON)
                .body(Map.of("queries", List.of("Kafka consumer group rebalancing"), "minScore", 0.0))
                .when().post("/api/knowledge/search").then().statusCode(200).body("results.size()", greaterThan(0));
        given().auth().oauth2(SERVICE).queryParam("topics", "kafka").queryParam("limit", 5)
                .when().get("/api/knowledge/questions").then().statusCode(200).body("size()", greaterThan(0));
        given().auth().oauth2(SERVICE).when().get("/api/knowledge/topics").then().statusCode(200);
    }

    @Test
    void aServiceTokenCannotAdministerTheKnowledgeBase() {
        given().auth().oauth2(SERVICE).multiPart("file", "x.md", "# x\n\nsome text".getBytes(), "text/markdown")
                .when().post("/api/knowledge/documents").then().statusCode(403);
        given().auth().oauth2(SERVICE).when().get("/api/knowledge/documents").then().statusCode(403);
        given().auth().oauth2(SERVICE).when().delete("/api/knowledge/documents/" + UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(SERVICE).when().post("/api/knowledge/admin/re-embed").then().statusCode(403);
    }
}
