package io.intervu.transcription.event;

import io.intervu.testsupport.KafkaProbe;
import io.intervu.testsupport.TestJwt;
import io.intervu.transcription.ErasureRecord;
import io.intervu.transcription.Transcription;
import io.intervu.transcription.audio.AudioFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class TranscriptErasureTest {

    static long transcriptions(String ownerId) {
        return QuarkusTransaction.requiringNew().call(() -> Transcription.count("ownerId", ownerId));
    }

    static String transcribe(String userId) {
        return given().auth().oauth2(TestJwt.user(userId))
                .multiPart("audio", "a.webm", AudioFixtures.bytes("speech.webm"), "audio/webm")
                .multiPart("transcript", "I built an outbox relay with Kafka.")
                .when().post("/api/transcriptions").then().statusCode(201).extract().path("id");
    }

    @Test
    void aDeletedUsersTranscriptsAreErasedAndOthersKept() {
        String deleted = UUID.randomUUID().toString();
        String kept = UUID.randomUUID().toString();
        String id = transcribe(deleted);
        transcribe(deleted);
        transcribe(kept);
        assertEquals(2, transcriptions(deleted));

        KafkaProbe.send("auth.user-deleted", deleted, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "auth.user-deleted",
                "/intervu/auth-service", deleted, Map.of("userId", deleted)));

        await().atMost(Duration.ofSeconds(30)).until(() -> transcriptions(deleted) == 0);
        assertEquals(1, transcriptions(kept));
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() ->
                ErasureRecord.<ErasureRecord>find("userId", deleted).firstResult().rowsErased));
        given().auth().oauth2(TestJwt.user(deleted)).when().get("/api/transcriptions/" + id).then().statusCode(404);
    }
}
