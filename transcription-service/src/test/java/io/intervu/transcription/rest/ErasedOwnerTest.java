package io.intervu.transcription.rest;

import io.intervu.testsupport.KafkaProbe;
import io.intervu.testsupport.TestJwt;
import io.intervu.transcription.ErasureRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.intervu.transcription.rest.ServiceCallerTest.SERVICE;
import static io.intervu.transcription.rest.ServiceCallerTest.owned;
import static io.intervu.transcription.rest.ServiceCallerTest.upload;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A deleted user's token stays valid for minutes; once their data is erased here, nothing new about them is stored. */
@QuarkusTest
class ErasedOwnerTest {

    @Test
    void anErasedUserCannotUploadNorCanAServiceUploadForThem() {
        String user = UUID.randomUUID().toString();
        KafkaProbe.send("auth.user-deleted", user, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "auth.user-deleted",
                "/intervu/auth-service", user, Map.of("userId", user)));
        await().atMost(Duration.ofSeconds(30)).until(() -> erased(user));

        upload(TestJwt.user(user)).when().post("/api/transcriptions").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://intervu.dev/problems/account-gone"))
                .body("detail", equalTo("This account has been deleted."));
        upload(SERVICE).header("X-On-Behalf-Of", user).when().post("/api/transcriptions").then()
                .statusCode(401)
                .body("type", equalTo("https://intervu.dev/problems/account-gone"));
        assertEquals(0, owned(user), "nothing stored for the erased user");

        String other = UUID.randomUUID().toString();
        upload(TestJwt.user(other)).when().post("/api/transcriptions").then().statusCode(201);
        assertEquals(1, owned(other));
    }

    private static boolean erased(String userId) {
        return QuarkusTransaction.requiringNew().call(() -> ErasureRecord.count("userId", userId) > 0);
    }
}
