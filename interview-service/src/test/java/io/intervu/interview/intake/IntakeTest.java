package io.intervu.interview.intake;

import io.intervu.interview.support.Fixtures;
import io.intervu.interview.support.InterviewApi;
import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Hostile or broken input is refused with a candidate-friendly 4xx problem, and nothing is stored. */
@QuarkusTest
class IntakeTest {

    @ParameterizedTest
    @CsvSource({
            "not_a_pdf.pdf, resume-not-pdf, not a PDF",
            "zip_renamed.pdf, resume-not-pdf, not a PDF",
            "resume_encrypted.pdf, resume-encrypted, password-protected",
            "resume_scanned_image_only.pdf, resume-no-text, scanned image",
            "resume_truncated.pdf, resume-truncated, incomplete"})
    void hostilePdfIsRefusedAndNothingIsStored(String fixture, String slug, String message) {
        InterviewApi api = new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));
        api.start(fixture, "jd_backend_java.txt", Map.of()).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/" + slug))
                .body("detail", containsString(message));
        api.request().get("/api/interviews").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void jobDescriptionMustHaveAReasonableLength() {
        InterviewApi api = new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));
        api.request().multiPart("resume", "r.pdf", Fixtures.bytes("resume_backend_java.pdf"), "application/pdf")
                .multiPart(InterviewApi.text("jobDescription", "Java developer wanted."))
                .post("/api/interviews").then().statusCode(422).body("type", containsString("job-description-length"));
        api.request().multiPart("resume", "r.pdf", Fixtures.bytes("resume_backend_java.pdf"), "application/pdf")
                .multiPart(InterviewApi.text("jobDescription", "x".repeat(20_001)))
                .post("/api/interviews").then().statusCode(422);
        api.request().get("/api/interviews").then().body("$", hasSize(0));
    }

    @Test
    void missingResumeAndBadOptionsAreClientErrors() {
        InterviewApi api = new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));
        api.request().multiPart(InterviewApi.text("jobDescription", Fixtures.text("jd_backend_java.txt")))
                .post("/api/interviews").then().statusCode(422).body("type", containsString("resume-missing"));
        api.start("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "99")).then()
                .statusCode(400).body("errors.questionCount", containsString("between"));
        api.start("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("maxFollowUps", "many")).then()
                .statusCode(400).body("errors.maxFollowUps", containsString("whole number"));
        api.request().get("/api/interviews").then().body("$", hasSize(0));
    }

    @Test
    void aDoubleSubmittedStartCreatesOneInterview() {
        InterviewApi api = new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));
        String key = UUID.randomUUID().toString();
        String first = api.request().header("Idempotency-Key", key)
                .multiPart("resume", "r.pdf", Fixtures.bytes("resume_backend_java.pdf"), "application/pdf")
                .multiPart(InterviewApi.text("jobDescription", Fixtures.text("jd_backend_java.txt")))
                .post("/api/interviews").then().statusCode(202).extract().path("id");
        String second = api.request().header("Idempotency-Key", key)
                .multiPart("resume", "r.pdf", Fixtures.bytes("resume_backend_java.pdf"), "application/pdf")
                .multiPart(InterviewApi.text("jobDescription", Fixtures.text("jd_backend_java.txt")))
                .post("/api/interviews").then().statusCode(202).extract().path("id");
        assertThat(second).isEqualTo(first);
        api.request().get("/api/interviews").then().body("$", hasSize(1));
    }
}
