package io.intervu.report.rest;

import io.intervu.report.AssessedEvents;
import io.intervu.report.Report;
import io.intervu.report.pdf.PdfText;
import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReportResourceTest {

    @Test
    void theOwnerListsFetchesAndDownloadsTheReport() throws Exception {
        String userId = UUID.randomUUID().toString();
        Report report = AssessedEvents.generateFor(userId);
        String token = TestJwt.user(userId);

        given().auth().oauth2(token).queryParam("interviewId", report.interviewId)
                .when().get("/api/reports")
                .then().statusCode(200).body("", hasSize(1)).body("[0].id", equalTo(report.id.toString()));
        given().auth().oauth2(token).when().get("/api/reports").then().statusCode(200).body("", hasSize(1));
        given().auth().oauth2(token).when().get("/api/reports/" + report.id)
                .then().statusCode(200)
                .body("interviewId", equalTo(report.interviewId))
                .body("pageCount", equalTo(report.pageCount))
                .body("title", startsWith("Interview feedback: Senior Backend Engineer"))
                .body("pdfUrl", equalTo("/api/reports/" + report.id + "/pdf"));

        Response download = given().auth().oauth2(token).when().get("/api/reports/" + report.id + "/pdf");
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.contentType());
        assertTrue(download.header("Content-Disposition").startsWith("attachment; filename=\"intervu-report-"));
        byte[] pdf = download.asByteArray();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertEquals("\"" + sha + "\"", download.header("ETag"));
        assertEquals(report.sha256, sha);
        assertTrue(PdfText.read(pdf).contains("Question by question"));

        given().auth().oauth2(token).header("If-None-Match", download.header("ETag"))
                .when().get("/api/reports/" + report.id + "/pdf")
                .then().statusCode(304).header("ETag", equalTo(download.header("ETag")));
        given().auth().oauth2(token).header("If-None-Match", "\"stale\"")
                .when().get("/api/reports/" + report.id + "/pdf")
                .then().statusCode(200);
    }

    @Test
    void anotherUserSeesNothing() {
        Report report = AssessedEvents.generateFor(UUID.randomUUID().toString());
        String stranger = TestJwt.user(UUID.randomUUID().toString());

        given().auth().oauth2(stranger).when().get("/api/reports/" + report.id)
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().auth().oauth2(stranger).when().get("/api/reports/" + report.id + "/pdf")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(stranger).queryParam("interviewId", report.interviewId).when().get("/api/reports")
                .then().statusCode(200).body("", hasSize(0));
        // an admin may regenerate but not read someone else's report
        given().auth().oauth2(TestJwt.admin(UUID.randomUUID().toString())).when().get("/api/reports/" + report.id + "/pdf")
                .then().statusCode(404);
    }

    @Test
    void withoutAValidTokenTheAnswerIs401() {
        given().when().get("/api/reports").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestJwt.signedByForeignKey(UUID.randomUUID().toString()))
                .when().get("/api/reports").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void badIdsAreProblemsNotErrors() {
        String token = TestJwt.user(UUID.randomUUID().toString());
        given().auth().oauth2(token).when().get("/api/reports/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token).when().get("/api/reports/" + UUID.randomUUID() + "/pdf").then().statusCode(404);
        given().auth().oauth2(token).queryParam("interviewId", "1; drop table report").when().get("/api/reports")
                .then().statusCode(400).contentType("application/problem+json").body("title", containsString("interview id"));
    }

    @Test
    void onlyAnAdminRegeneratesAndTheOwnerGetsTheNewVersion() {
        String userId = UUID.randomUUID().toString();
        Report report = AssessedEvents.generateFor(userId);

        given().auth().oauth2(TestJwt.user(userId)).when().post("/api/reports/" + report.id + "/regenerate")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestJwt.admin(UUID.randomUUID().toString())).when().post("/api/reports/" + report.id + "/regenerate")
                .then().statusCode(200).body("revision", equalTo(2)).body("id", equalTo(report.id.toString()));
        given().auth().oauth2(TestJwt.admin(UUID.randomUUID().toString())).when().post("/api/reports/" + UUID.randomUUID() + "/regenerate")
                .then().statusCode(404).contentType("application/problem+json");

        Report regenerated = AssessedEvents.report(report.interviewId);
        assertEquals(2, regenerated.revision);
        assertNotEquals(report.generatedAt, regenerated.generatedAt);
        String etag = given().auth().oauth2(TestJwt.user(userId)).when().get("/api/reports/" + report.id + "/pdf")
                .then().statusCode(200).extract().header("ETag");
        assertEquals("\"" + regenerated.sha256 + "\"", etag);
    }
}
