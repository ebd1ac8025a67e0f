package io.intervu.rag.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.intervu.rag.rest.Fixtures.USER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class KnowledgeCatalogResourceTest {

    @Test
    void questionsFilteredByTopicAndType() {
        given().auth().oauth2(USER).queryParam("topics", "kafka,sql").queryParam("types", "technical,scenario")
                .when().get("/api/knowledge/questions").then().statusCode(200)
                .body("size()", greaterThan(3))
                .body("type", everyItem(anyOf(equalTo("technical"), equalTo("scenario"))))
                .body("topics", everyItem(anyOf(hasItem("kafka"), hasItem("sql"))))
                .body("[0].ref", org.hamcrest.Matchers.notNullValue())
                .body("[0].documentTitle", org.hamcrest.Matchers.notNullValue())
                .body("findAll { it.keyPoints.size() < 1 }.size()", equalTo(0))
                // the starter corpus has one probe per key point, served with the question
                .body("findAll { it.probes.size() != it.keyPoints.size() }.size()", equalTo(0))
                // and its typical misconceptions, for the offline evaluator
                .body("findAll { it.misconceptions.size() < 3 }.size()", equalTo(0));
    }

    @Test
    void roleFilterAlsoAdmitsDocumentsForAnyRole() {
        List<String> types = given().auth().oauth2(USER).queryParam("roles", "backend").queryParam("limit", 500)
                .when().get("/api/knowledge/questions").then().statusCode(200)
                .body("roles", everyItem(anyOf(hasItem("backend"), hasItem("any"))))
                .extract().path("type");
        org.junit.jupiter.api.Assertions.assertTrue(types.contains("behavioural"), "behavioural questions (roles [any]) included");
        given().auth().oauth2(USER).queryParam("roles", "frontend").queryParam("types", "technical").queryParam("limit", 5)
                .when().get("/api/knowledge/questions").then().statusCode(200)
                .body("size()", lessThanOrEqualTo(5))
                .body("roles", everyItem(anyOf(hasItem("frontend"), hasItem("any"))))
                .body("roles", everyItem(not(hasItem("zzz"))));
    }

    @Test
    void topicsCountDocumentsAndQuestions() {
        given().auth().oauth2(USER).when().get("/api/knowledge/topics").then().statusCode(200)
                .body("topic", hasItem("kafka"))
                .body("find { it.topic == 'kafka' }.documents", greaterThanOrEqualTo(1))
                .body("find { it.topic == 'kafka' }.questions", greaterThanOrEqualTo(3));
    }

    @Test
    void badParametersAreProblems() {
        given().auth().oauth2(USER).queryParam("types", "trivia").when().get("/api/knowledge/questions").then()
                .statusCode(400).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(USER).queryParam("limit", 0).when().get("/api/knowledge/questions").then().statusCode(400);
        given().when().get("/api/knowledge/topics").then().statusCode(401);
    }
}
