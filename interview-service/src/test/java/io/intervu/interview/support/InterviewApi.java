package io.intervu.interview.support;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.MultiPartSpecification;
import java.nio.charset.StandardCharsets;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** The interview API as a client uses it, for tests. */
public final class InterviewApi {

    private final String token;

    public InterviewApi(String token) {
        this.token = token;
    }

    public RequestSpecification request() {
        return given().header("Authorization", "Bearer " + token);
    }

    public Response start(String resume, String jd, Map<String, String> options) {
        return start(request(), Fixtures.bytes(resume), jd, options);
    }

    /** A start with the resume's bytes as given (a generated or hostile PDF) and the request's own headers. */
    public static Response start(RequestSpecification request, byte[] resumePdf, String jd, Map<String, String> options) {
        RequestSpecification r = request.multiPart("resume", "resume.pdf", resumePdf, "application/pdf")
                .multiPart(text("jobDescription", Fixtures.text(jd)));
        options.forEach((k, v) -> r.multiPart(text(k, v)));
        return r.post("/api/interviews");
    }

    public String startReady(String resume, String jd, Map<String, String> options) {
        String id = start(resume, jd, options).then().statusCode(202).extract().path("id");
        awaitStatus(id, "READY");
        return id;
    }

    public JsonPath get(String id) {
        return request().get("/api/interviews/" + id).then().statusCode(200).extract().jsonPath();
    }

    public void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            String s = request().get("/api/interviews/" + id).then().extract().path("status");
            if ("FAILED".equals(s) && !"FAILED".equals(status)) {
                throw new AssertionError("interview failed: " + get(id).getString("failureReason"));
            }
            return status.equals(s);
        });
    }

    /** Polls messages/next until the interviewer's message is ready (the server answers 204 while working). */
    public JsonPath next(String id) {
        Response[] last = new Response[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            last[0] = request().get("/api/interviews/" + id + "/messages/next");
            if (last[0].statusCode() == 204) {
                return false;
            }
            if (last[0].statusCode() != 200) {
                throw new AssertionError("next message: " + last[0].statusCode() + " " + last[0].asString());
            }
            return true;
        });
        return last[0].jsonPath();
    }

    public static MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).mimeType("text/plain").charset(StandardCharsets.UTF_8).build();
    }

    public Response answerText(String id, String turnId, String text) {
        return request().contentType(ContentType.JSON).body(Map.of("text", text, "turnId", turnId))
                .post("/api/interviews/" + id + "/answers");
    }

    public Response answerAudio(String id, String turnId, String audioFixture, String transcript) {
        RequestSpecification r = request().multiPart("audio", audioFixture, Fixtures.bytes(audioFixture), "application/octet-stream")
                .multiPart(text("turnId", turnId));
        if (transcript != null) {
            r.multiPart(text("transcript", transcript));
        }
        return r.post("/api/interviews/" + id + "/answers");
    }
}
