package io.intervu.interview.rest;

import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

/**
 * A multipart body cut off before its closing boundary, and a JSON body of the wrong shape, are 400
 * problems, not 500s or bodiless 400s (both found by the e2e hostile-input sweep).
 */
@QuarkusTest
class MalformedBodyTest {

    private static final String USER = TestJwt.user(UUID.randomUUID().toString());

    @Test
    void aMultipartBodyCutOffIsAProblemNotAServerError() {
        raw("multipart/form-data; boundary=cut", String.format(CUT_OFF, "resume")).auth().oauth2(USER).post("/api/interviews")
                .then().statusCode(400).contentType("application/problem+json").body("type", endsWith("/malformed-body"));
        raw("multipart/form-data; boundary=cut", String.format(CUT_OFF, "audio")).auth().oauth2(USER)
                .post("/api/interviews/" + UUID.randomUUID() + "/answers")
                .then().statusCode(400).contentType("application/problem+json").body("type", endsWith("/malformed-body"));
    }

    @Test
    void anAnswerOfTheWrongShapeIsAProblem() {
        raw("application/json", "[1,2,3]").auth().oauth2(USER).post("/api/interviews/" + UUID.randomUUID() + "/answers")
                .then().statusCode(400).contentType("application/problem+json").body("type", endsWith("/malformed-body"));
    }

    /** The body exactly as written: no charset appended to the multipart content type. */
    private static RequestSpecification raw(String contentType, String body) {
        return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(contentType).body(body.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A part that never ends: the body stops before its closing boundary. */
    static final String CUT_OFF = "--cut\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"a.pdf\"\r\n"
            + "Content-Type: application/pdf\r\n\r\n%%PDF-1.4\n1 0 obj";
}
