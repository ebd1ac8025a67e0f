package io.intervu.transcription.rest;

import io.intervu.testsupport.KafkaProbe;
import io.intervu.testsupport.TestJwt;
import io.intervu.transcription.Transcription;
import io.intervu.transcription.audio.AudioFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * interview-service finishing an answer after a restart calls with a service token (group
 * "service", sub "service:interview-service") and names the user in X-On-Behalf-Of.
 */
@QuarkusTest
class ServiceCallerTest {

    static final String SERVICE = TestJwt.token("service:interview-service", Set.of("service"));

    static RequestSpecification upload(String token) {
        return given().auth().oauth2(token)
                .multiPart("audio", "a.webm", AudioFixtures.bytes("speech.webm"), "audio/webm")
                .multiPart("transcript", "I built an outbox relay with Kafka.");
    }

    static long owned(String ownerId) {
        return QuarkusTransaction.requiringNew().call(() -> Transcription.count("ownerId", ownerId));
    }

    @Test
    void aServiceTranscribesForTheNamedUserWhoOwnsTheResult() {
        String user = UUID.randomUUID().toString();
        String id = upload(SERVICE).header("X-On-Behalf-Of", user)
                .when().post("/api/transcriptions").then().statusCode(201)
                .body("transcript", equalTo("I built an outbox relay with Kafka."))
                .body("id", notNullValue())
                .extract().path("id");
        assertEquals(1, owned(user));
        assertEquals(0, owned("service:interview-service"), "nothing belongs to the service itself");
        given().auth().oauth2(TestJwt.user(user)).get("/api/transcriptions/" + id).then().statusCode(200);
        // reading stays a user's right
        given().auth().oauth2(SERVICE).get("/api/transcriptions/" + id).then().statusCode(403);

        // the user's erasure removes what the service stored for them
        KafkaProbe.send("auth.user-deleted", user, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "auth.user-deleted",
                "/intervu/auth-service", user, Map.of("userId", user)));
        await().atMost(Duration.ofSeconds(30)).until(() -> owned(user) == 0);
    }

    @Test
    void aServiceMustNameAUser() {
        upload(SERVICE).when().post("/api/transcriptions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/on-behalf-of-required"));
        for (String bad : new String[]{"service:interview-service", "not-a-uuid", "1-1-1-1-1", "' or 1=1 --",
                UUID.randomUUID().toString().toUpperCase()}) {
            upload(SERVICE).header("X-On-Behalf-Of", bad).when().post("/api/transcriptions").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://intervu.dev/problems/validation"));
        }
    }

    @Test
    void aUserCannotActForSomeoneElse() {
        String caller = UUID.randomUUID().toString();
        String victim = UUID.randomUUID().toString();
        String id = upload(TestJwt.user(caller)).header("X-On-Behalf-Of", victim)
                .when().post("/api/transcriptions").then().statusCode(201).extract().path("id");
        assertEquals(1, owned(caller));
        assertEquals(0, owned(victim));
        given().auth().oauth2(TestJwt.user(victim)).get("/api/transcriptions/" + id).then().statusCode(404);
    }

    @Test
    void otherGroupsStillCannotTranscribe() {
        String token = TestJwt.token(UUID.randomUUID().toString(), Set.of("auditor"));
        upload(token).header("X-On-Behalf-Of", UUID.randomUUID().toString())
                .when().post("/api/transcriptions").then().statusCode(403);
    }
}
