package io.intervu.e2e;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web app's pages as the gateway serves them carry the security headers, the mail-link pages too:
 * their URL holds a confirm or reset token, which must never travel on as a Referer nor load in a frame.
 */
@ExtendWith(LocalStack.class)
class GatewayUiHeadersTest {

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/confirm-email?token=abc", "/reset-password?token=abc", "/js/app.js"}) {
            Response r = given().redirects().follow(false).get(StackConfig.gateway() + path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
            assertEquals("no-referrer", r.header("Referrer-Policy"), path);
            assertEquals("DENY", r.header("X-Frame-Options"), path);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
            assertTrue(r.header("Permissions-Policy").contains("microphone=(self)"), path);
        }
    }
}
