package io.intervu.auth.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.intervu.auth.Accounts;
import io.intervu.auth.Accounts.Account;
import io.intervu.auth.Accounts.Tokens;
import io.intervu.testsupport.KafkaProbe;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
class AccountDeletionTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    @Test
    void deleteNeedsThePasswordThenRemovesEverythingAndPublishesUserDeleted() {
        Account a = Accounts.confirmed(mailbox);
        Tokens t = Accounts.loginOk(a);
        String userId = given().auth().oauth2(t.access()).get("/api/auth/me").then().statusCode(200).extract().path("id");

        try (KafkaProbe probe = new KafkaProbe("auth.user-deleted")) {
            delete(t.access(), "not my password").then().statusCode(403)
                    .body("type", equalTo("https://intervu.dev/problems/wrong-password"));
            assertEquals(1L, count("select count(*) from user_account where id = cast(:id as uuid)", userId));

            delete(t.access(), a.password()).then().statusCode(204);

            assertEquals(0L, count("select count(*) from user_account where id = cast(:id as uuid)", userId));
            assertEquals(0L, count("select count(*) from refresh_token where user_id = cast(:id as uuid)", userId));
            assertEquals(0L, count("select count(*) from one_time_token where user_id = cast(:id as uuid)", userId));

            List<ConsumerRecord<String, String>> got = probe.await(r -> userId.equals(r.key()), 1, Duration.ofSeconds(20));
            assertEquals(1, got.size());
            JsonNode event = KafkaProbe.json(got.get(0));
            assertEquals("auth.user-deleted", event.get("type").asText());
            assertEquals(userId, event.get("subject").asText());
            assertEquals(userId, event.get("data").get("userId").asText());
            assertNotNull(OffsetDateTime.parse(event.get("data").get("deletedAt").asText()));
        }

        given().auth().oauth2(t.access()).get("/api/auth/me").then().statusCode(401)
                .body("type", equalTo("https://intervu.dev/problems/account-gone"));
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", t.refresh())).post("/api/auth/refresh").then().statusCode(401);
        Accounts.login(a.username(), a.password(), Accounts.randomIp()).then().statusCode(401);
        // the name is free again
        Accounts.register(a).then().statusCode(202);
    }

    private long count(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter("id", id).getSingleResult()).longValue());
    }

    private static io.restassured.response.Response delete(String access, String password) {
        return given().auth().oauth2(access).contentType(ContentType.JSON).header("X-Forwarded-For", Accounts.randomIp())
                .body(Map.of("password", password)).delete("/api/auth/me");
    }

    static UUID uuid(String s) {
        return UUID.fromString(s);
    }
}
