package io.intervu.auth.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Bodies of the wrong JSON shape are a 400 problem like any other malformed body. Quarkus maps this one
 * exception type itself, to a 400 with no body, unless the service names it (found by the e2e hostile-input sweep).
 */
@QuarkusTest
class MalformedBodyTest {

    @Test
    void aBodyOfTheWrongShapeIsAProblem() {
        for (String body : new String[] {"[1,2,3]", "{\"login\":{\"$ne\":null},\"password\":\"x\"}"}) {
            raw("application/json", body).post("/api/auth/login")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("type", endsWith("/malformed-body"));
        }
    }

    /** The body exactly as written: no charset appended to the multipart content type. */
    private static RequestSpecification raw(String contentType, String body) {
        return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(contentType).body(body.getBytes(StandardCharsets.ISO_8859_1));
    }
}
