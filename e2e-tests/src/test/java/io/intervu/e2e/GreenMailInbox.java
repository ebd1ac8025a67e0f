package io.intervu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
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

    private static final Pattern CONFIRM_LINK = Pattern.compile("/confirm-email\\?token=([A-Za-z0-9_\\-.~]+)");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private GreenMailInbox() {
    }

    public static String confirmationToken(String email, Duration timeout) throws Exception {
        URI uri = URI.create(StackConfig.mailApi() + "/api/user/" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/messages/");
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastSeen = "no answer yet";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                lastSeen = "HTTP " + r.statusCode();
                if (r.statusCode() == 200) {
                    JsonNode messages = JSON.readTree(r.body());
                    lastSeen += ", " + messages.size() + " message(s)";
                    for (JsonNode message : messages) {
                        String mime = message.path("mimeMessage").asText();
                        for (String text : MimeText.bodies(mime)) {
                            Matcher m = CONFIRM_LINK.matcher(text);
                            if (m.find()) {
                                return m.group(1);
                            }
                        }
                        lastSeen += ", without a link: " + mime;
                    }
                } else {
                    lastSeen += ": " + r.body().substring(0, Math.min(r.body().length(), 300));
                }
            } catch (IOException e) {
                lastSeen = e.toString(); // GreenMail busy or restarting: ask again
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no confirmation mail for " + email + " within " + timeout + " (" + uri + "); last seen: " + lastSeen);
    }
}
