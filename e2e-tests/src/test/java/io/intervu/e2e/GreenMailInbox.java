package io.intervu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads mails from GreenMail's REST API (what deploy/local/up runs as the SMTP server). */
public final class GreenMailInbox {

    private static final Pattern CONFIRM_LINK = Pattern.compile("/api/auth/confirm/([A-Za-z0-9_\\-.~]+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private GreenMailInbox() {
    }

    public static String confirmationToken(String email, Duration timeout) throws Exception {
        URI uri = URI.create(StackConfig.mailApi() + "/api/user/" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/messages/");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                for (JsonNode message : JSON.readTree(r.body())) {
                    Matcher m = CONFIRM_LINK.matcher(unQuotedPrintable(message.path("mimeMessage").asText()));
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no confirmation mail for " + email + " within " + timeout + " (" + uri + ")");
    }

    /** Enough of quoted-printable for a link: soft line breaks and =XX escapes. */
    static String unQuotedPrintable(String raw) {
        String joined = raw.replace("=\r\n", "").replace("=\n", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
                out.append((char) Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
