package io.intervu.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A user made through the gateway the way a person would: register, confirm by mail, log in. */
public record Account(String userId, String username, String email, String password, String accessToken) {

    public static Account registerConfirmAndLogin(String label) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "e2e_" + label + "_" + suffix;
        String email = "e2e." + label + "." + suffix + "@example.com";
        String password = "E2e-pass-" + UUID.randomUUID();
        Response reg = anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", username, "email", email, "password", password))
                .post("/api/auth/register");
        assertEquals(202, reg.statusCode(), () -> "register: " + reg.asString());

        String token = GreenMailInbox.confirmationToken(email, Duration.ofSeconds(60));
        // opening the mailed link only shows a button; confirming is an explicit POST
        Response confirm = anonymous().contentType(ContentType.JSON).body(Map.of("token", token)).post("/api/auth/confirm");
        assertEquals(200, confirm.statusCode(), () -> "confirm: " + confirm.asString());

        Response login = anonymous().contentType(ContentType.JSON)
                .body(Map.of("login", email, "password", password)).post("/api/auth/login");
        assertEquals(200, login.statusCode(), () -> "login: " + login.asString());
        String access = login.jsonPath().getString("accessToken");
        assertNotNull(access, "login returned no accessToken: " + login.asString());

        Response me = RestAssured.given().baseUri(StackConfig.gateway()).auth().oauth2(access).get("/api/auth/me");
        assertEquals(200, me.statusCode(), () -> "me: " + me.asString());
        return new Account(me.jsonPath().getString("id"), username, email, password, access);
    }

    public RequestSpecification api() {
        return RestAssured.given().baseUri(StackConfig.gateway()).auth().oauth2(accessToken);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().baseUri(StackConfig.gateway());
    }
}
