package io.intervu.auth.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The HTML behind the confirmation link when it is opened on the API itself. Opening it changes
 * nothing (mail scanners and link previews fetch links), it only shows a button; the button POSTs
 * the token in the form body, and that confirms. The token is the secret, so a forged cross-site
 * POST cannot confirm anything its sender could not confirm anyway. No scripts, no styles, no
 * external resources; the page is not cached, framed or sent on as a Referer (its URL holds the token).
 */
final class ConfirmPage {

    private ConfirmPage() {
    }

    /** The token has been checked against {@link AuthRequests#TOKEN} (URL-safe letters only): no escaping needed. */
    static Response button(String token) {
        return page(200, "Confirm your email", """
                <p>Press the button to confirm this address and activate your Intervu account.</p>
                <form method="post" action="/api/auth/confirm">
                <input type="hidden" name="token" value="%s">
                <button type="submit">Confirm my email</button>
                </form>""".formatted(token));
    }

    static Response confirmed() {
        return page(200, "Email confirmed", "<p>Your email address is confirmed. You can sign in now.</p>");
    }

    static Response refused(int status, String detail) {
        return page(status, "This link did not work", "<p>" + escape(detail) + " Ask for a new one from the sign-in page.</p>");
    }

    private static Response page(int status, String title, String body) {
        String html = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer"><title>%s · Intervu</title></head>
                <body><main><h1>%s</h1>
                %s
                </main></body></html>
                """.formatted(title, title, body);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
                .build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
