package io.intervu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The hostile-input sweep (issue 16): every bad file to every upload endpoint, every malformed JSON body to
 * every JSON endpoint, and malformed ids to every endpoint that takes one, all through the gateway. Every
 * answer must be a 4xx in application/problem+json whose body names the same status (never a 5xx, a
 * dropped connection or an HTML error page); afterwards every service must still be ready, no table of the
 * six schemas may have gained a row, and the sweep's own interview must still wait on the same turn.
 *
 * <p>It runs as its own user (promoted to admin in the database, since the local stack names no admin
 * address), so the quotas it could touch are its own; the auth routes are paced under the gateway's
 * per-address rate so the other end-to-end tests are never throttled after it.
 */
@ExtendWith(LocalStack.class)
class HostileInputSweepTest {

    /** Under the gateway's 10 r/s per address on /api/auth: nothing is refused for pace, nothing left throttled. */
    private static final Duration AUTH_PACE = Duration.ofMillis(125);
    private static final Map<String, Integer> SERVICE_PORTS = Map.of("auth-service", 8081, "interview-service", 8082,
            "transcription-service", 8083, "evaluation-service", 8084, "rag-service", 8085, "report-service", 8086);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static Account sweeper;

    private String user;
    private String admin;
    private String interviewId;
    private String turnId;
    private long lastAuthCall;
    private final List<String> failures = new ArrayList<>();
    private int requests;
    /** Per endpoint, how often each status and problem type came back: the printed evidence of what refused what. */
    private final Map<String, Map<String, Integer>> answers = new LinkedHashMap<>();
    /** Inputs an endpoint was allowed to read, and did. */
    private int read;

    @Test
    void everyHostileInputIsRefusedWithAProblemAndNothingIsWritten() throws Exception {
        sweeper = Account.registerConfirmAndLogin("sweep");
        user = sweeper.accessToken();
        admin = promoteToAdmin(sweeper);
        startInterviewToAnswer();
        Map<String, Long> before = quietRowCounts();

        List<HostileInputs.FileInput> files = HostileInputs.all(StackConfig.root());
        List<RawBody> uploadBodies = wrongUploadBodies();
        List<Upload> uploads = uploads();
        for (Upload endpoint : uploads) {
            for (HostileInputs.FileInput file : files) {
                if (endpoint.mayRead.contains(file.name())) {
                    readable(endpoint.name + " <- " + file, endpoint.send(file));
                } else {
                    check(endpoint.name + " <- " + file, endpoint.send(file));
                }
            }
            for (RawBody body : uploadBodies) {
                check(endpoint.name + " <- " + body.name, () -> send(endpoint.request.apply(body.contentType), body.bytes));
            }
        }
        int uploadInputs = files.size() + uploadBodies.size();
        int uploadRequests = requests;

        List<JsonInput> jsonInputs = jsonInputs();
        List<JsonEndpoint> jsonEndpoints = jsonEndpoints();
        for (JsonEndpoint endpoint : jsonEndpoints) {
            for (JsonInput input : jsonInputs) {
                RawBody body = input.body.apply(endpoint.fields);
                check(endpoint.name + " <- " + input.name, () -> send(endpoint.request.apply(body.contentType), body.bytes));
            }
        }
        int jsonRequests = requests - uploadRequests;

        List<String> ids = badIds();
        List<IdEndpoint> idEndpoints = idEndpoints();
        for (IdEndpoint endpoint : idEndpoints) {
            for (String id : ids) {
                check(endpoint.name + " <- id " + abbreviate(id), endpoint.send.apply(encode(id)));
            }
        }
        int idRequests = requests - uploadRequests - jsonRequests;

        // all three outcomes in one report: a refusal that took a service down shows as both
        List<String> notReady = new ArrayList<>();
        for (Map.Entry<String, Integer> service : SERVICE_PORTS.entrySet()) {
            if (!ready(service.getValue())) {
                notReady.add(service.getKey() + " (see .run/logs/" + service.getKey() + ".log)");
            }
        }
        Map<String, Long> after = rowCounts();
        Map<String, String> grown = new LinkedHashMap<>();
        after.forEach((table, n) -> {
            long was = before.getOrDefault(table, 0L);
            if (n > was) {
                grown.put(table, was + " -> " + n);
            }
        });
        Response next = sweeper.api().get("/api/interviews/" + interviewId + "/messages/next");
        String stillWaiting = next.statusCode() == 200 && turnId.equals(next.jsonPath().getString("turnId")) ? null
                : "the sweep's interview no longer waits on turn " + turnId + ": HTTP " + next.statusCode() + " " + next.asString();
        assertAll(
                () -> assertTrue(failures.isEmpty(), () -> failures.size() + " of " + requests + " hostile requests were not answered "
                        + "as they must be:\n  " + String.join("\n  ", failures)),
                () -> assertTrue(notReady.isEmpty(), () -> "not ready after the sweep: " + notReady),
                () -> assertTrue(grown.isEmpty(), () -> "refused requests wrote rows: " + grown),
                () -> assertTrue(stillWaiting == null, stillWaiting));

        answers.forEach((endpoint, seen) -> System.out.println("  " + endpoint + ": " + seen));
        System.out.println(summary("uploads", uploadInputs, uploads.size(), uploadRequests, read));
        System.out.println(summary("JSON bodies", jsonInputs.size(), jsonEndpoints.size(), jsonRequests, 0));
        System.out.println(summary("malformed ids", ids.size(), idEndpoints.size(), idRequests, 0));
        System.out.printf("hostile-input sweep: %d inputs, %d endpoints, %d requests in all, %d refused with 4xx problem+json, %d read "
                        + "as allowed; every service ready afterwards, no rows written%n",
                uploadInputs + jsonInputs.size() + ids.size(), uploads.size() + jsonEndpoints.size() + idEndpoints.size(), requests,
                requests - read, read);
    }

    /** The sweep's data goes with its account; an admin with a throwaway password should not outlive the run. */
    @AfterAll
    static void deleteSweepAccount() {
        if (sweeper != null) {
            sweeper.api().contentType(ContentType.JSON).body(Map.of("password", sweeper.password())).delete("/api/auth/me");
        }
    }

    private static String summary(String family, int inputs, int endpoints, int requests, int read) {
        assertEquals(inputs * endpoints, requests, family + ": every input went to every endpoint");
        return String.format("hostile-input sweep: %d inputs × %d endpoints = %d requests, all 4xx problem+json%s (%s)",
                inputs, endpoints, requests, read == 0 ? "" : " but " + read + " the knowledge base may read and did (201, deleted again)",
                family);
    }

    // ------------------------------------------------------------------ the endpoints

    /** {@code mayRead}: inputs this endpoint may legitimately read (see {@link #readable}); every other one must be refused. */
    private record Upload(String name, Set<String> mayRead, Function<String, Target> request, Function<HostileInputs.FileInput, Call> multipart) {
        Call send(HostileInputs.FileInput file) {
            return multipart.apply(file);
        }
    }

    private List<Upload> uploads() {
        String jd = new String(InterviewDriver.bytes("jd_backend_java.txt"), StandardCharsets.UTF_8);
        String staleTurn = UUID.randomUUID().toString();
        List<Upload> list = new ArrayList<>();
        list.add(upload("POST /api/interviews (resume)", user, "/api/interviews", "resume",
                Map.of("jobDescription", jd, "candidateName", "Sweep")));
        list.add(upload("POST /api/interviews/{id}/answers (audio, a turn not current)", user, "/api/interviews/" + interviewId + "/answers",
                "audio", Map.of("turnId", staleTurn, "transcript", "I would key the records by the aggregate id.")));
        // a transcript with the audio: the client recognizer would accept anything decodable, so only the bytes can be refused
        list.add(upload("POST /api/transcriptions", user, "/api/transcriptions", "audio",
                Map.of("transcript", "I would key the records by the aggregate id.")));
        // The knowledge base takes any PDF it can read text from (rag-service's own test: a truncated PDF is read or
        // refused); these two carry real glyphs PDFBox can recover. The resume intake refuses both.
        list.add(upload("POST /api/knowledge/documents (admin)", Set.of(HostileInputs.TRUNCATED_FIXTURE, HostileInputs.WIDE_PAGE),
                admin, "/api/knowledge/documents", "file", Map.of("title", "Sweep", "topics", "java")));
        return list;
    }

    private Upload upload(String name, String token, String path, String filePart, Map<String, String> fields) {
        return upload(name, Set.of(), token, path, filePart, fields);
    }

    private Upload upload(String name, Set<String> mayRead, String token, String path, String filePart, Map<String, String> fields) {
        Function<String, Target> request = contentType -> new Target("POST", path, token, contentType);
        return new Upload(name, mayRead, request, file -> {
            String boundary = "sweep" + UUID.randomUUID().toString().replace("-", "");
            byte[] body = multipart(boundary, fields, filePart, file);
            return () -> send(request.apply("multipart/form-data; boundary=" + boundary), body);
        });
    }

    private record JsonEndpoint(String name, List<String> fields, Function<String, Target> request) {
    }

    /** Field names ending in [] take a list of strings. */
    private List<JsonEndpoint> jsonEndpoints() {
        List<JsonEndpoint> list = new ArrayList<>();
        Map<String, List<String>> anonymous = new LinkedHashMap<>();
        anonymous.put("register", List.of("username", "email", "password"));
        anonymous.put("login", List.of("login", "password"));
        anonymous.put("refresh", List.of("refreshToken"));
        anonymous.put("logout", List.of("refreshToken"));
        anonymous.put("confirm", List.of("token"));
        anonymous.put("resend-confirmation", List.of("email"));
        anonymous.put("password-reset", List.of("email"));
        anonymous.put("password-reset/confirm", List.of("token", "newPassword"));
        anonymous.forEach((path, fields) -> list.add(new JsonEndpoint("POST /api/auth/" + path, fields,
                contentType -> new Target("POST", "/api/auth/" + path, null, contentType))));
        list.add(new JsonEndpoint("DELETE /api/auth/me", List.of("password"),
                contentType -> new Target("DELETE", "/api/auth/me", user, contentType)));
        list.add(new JsonEndpoint("POST /api/auth/password", List.of("currentPassword", "newPassword"),
                contentType -> new Target("POST", "/api/auth/password", user, contentType)));
        list.add(new JsonEndpoint("POST /api/interviews/{id}/answers (the current turn)", List.of("text", "turnId"),
                contentType -> new Target("POST", "/api/interviews/" + interviewId + "/answers", user, contentType)));
        list.add(new JsonEndpoint("POST /api/knowledge/search", List.of("queries[]", "topK", "minScore"),
                contentType -> new Target("POST", "/api/knowledge/search", user, contentType)));
        return list;
    }

    private record IdEndpoint(String name, Function<String, Call> send) {
    }

    private List<IdEndpoint> idEndpoints() {
        String answer = "{\"text\":\"I would key the records by the aggregate id.\",\"turnId\":\"" + turnId + "\"}";
        return List.of(
                get("GET /api/interviews/{id}", user, id -> "/api/interviews/" + id),
                get("GET /api/interviews/{id}/messages/next", user, id -> "/api/interviews/" + id + "/messages/next"),
                get("GET /api/interviews/{id}/events", user, id -> "/api/interviews/" + id + "/events"),
                new IdEndpoint("POST /api/interviews/{id}/answers", id -> () -> send(new Target("POST", "/api/interviews/" + id + "/answers", user,
                        "application/json"), utf8(answer))),
                get("GET /api/transcriptions/{id}", user, id -> "/api/transcriptions/" + id),
                get("GET /api/evaluations?interviewId=", user, id -> "/api/evaluations?interviewId=" + id),
                get("GET /api/reports?interviewId=", user, id -> "/api/reports?interviewId=" + id),
                get("GET /api/reports/{id}", user, id -> "/api/reports/" + id),
                get("GET /api/reports/{id}/pdf", user, id -> "/api/reports/" + id + "/pdf"),
                new IdEndpoint("POST /api/reports/{id}/regenerate (admin)", id -> () -> send(new Target("POST", "/api/reports/" + id + "/regenerate", admin,
                        null), new byte[0])),
                get("GET /api/knowledge/documents/{id} (admin)", admin, id -> "/api/knowledge/documents/" + id),
                new IdEndpoint("DELETE /api/knowledge/documents/{id} (admin)", id -> () -> send(new Target("DELETE", "/api/knowledge/documents/" + id, admin,
                        null), new byte[0])));
    }

    private IdEndpoint get(String name, String token, Function<String, String> path) {
        return new IdEndpoint(name, id -> () -> send(new Target("GET", path.apply(id), token, null), new byte[0]));
    }

    // ------------------------------------------------------------------ the inputs besides files

    private record RawBody(String name, String contentType, byte[] bytes) {
        /** The body with every {@code placeholder} byte replaced (to put bytes no Java string encodes into it). */
        RawBody replace(byte placeholder, byte[] with) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte b : bytes) {
                if (b == placeholder) {
                    out.writeBytes(with);
                } else {
                    out.write(b);
                }
            }
            return new RawBody(name, contentType, out.toByteArray());
        }
    }

    private record JsonInput(String name, Function<List<String>, RawBody> body) {
    }

    /** Bodies an upload endpoint does not take at all: the request itself has the wrong shape. */
    private static List<RawBody> wrongUploadBodies() {
        return List.of(
                new RawBody("JSON instead of multipart", "application/json", utf8("{\"resume\":\"JVBERi0xLjQK\",\"audio\":\"UklGRg==\"}")),
                new RawBody("text/plain instead of multipart", "text/plain", utf8("resume=%PDF-1.4")),
                new RawBody("multipart whose parts use another boundary", "multipart/form-data; boundary=expected",
                        utf8("--other\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\r\n--other--\r\n")),
                new RawBody("multipart cut off inside a part", "multipart/form-data; boundary=cut",
                        utf8("--cut\r\nContent-Disposition: form-data; name=\"resume\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n1 0 obj")));
    }

    private static List<JsonInput> jsonInputs() {
        String huge = "A".repeat(5 * 1024 * 1024);
        String longer = "A".repeat(4000);
        String digits = "9".repeat(4000);
        return List.of(
                // in the first field only: one 5 MB string fits the 12 MB of the interview and knowledge routes
                new JsonInput("a 5 MB string", fields -> json("huge", fields.subList(0, 1), quoted(huge))),
                new JsonInput("4,000-character strings", fields -> json("4,000-character strings", fields, quoted(longer))),
                new JsonInput("10,000 levels of nesting", fields -> new RawBody("nesting", "application/json",
                        utf8("[".repeat(10_000) + "]".repeat(10_000)))),
                // small enough for the auth routes' 16 KB, so auth-service's own parser meets the depth
                new JsonInput("12,000 unterminated levels of nesting", fields -> new RawBody("open nesting", "application/json",
                        utf8("{\"a\":" + "[".repeat(12_000)))),
                new JsonInput("4,000-digit numbers", fields -> json("numbers", fields, digits)),
                new JsonInput("operator objects for strings", fields -> json("operators", fields, "{\"$ne\":null,\"$gt\":\"\"}")),
                new JsonInput("invalid UTF-8", fields -> json("utf8", fields, "\"a\u0001b\"").replace((byte) 1, new byte[] {(byte) 0xC3, '('})),
                new JsonInput("truncated JSON", fields -> new RawBody("truncated", "application/json", utf8("{\"" + fields.get(0).replace("[]", "") + "\": \"abc"))),
                new JsonInput("an array instead of an object", fields -> new RawBody("array", "application/json", utf8("[1,2,3]"))),
                new JsonInput("JSON null", fields -> new RawBody("null", "application/json", utf8("null"))),
                new JsonInput("empty body", fields -> new RawBody("empty", "application/json", new byte[0])),
                new JsonInput("text/plain", fields -> new RawBody("text", "text/plain", json("text", fields, quoted("x")).bytes)),
                new JsonInput("XML with an external entity", fields -> new RawBody("xml", "application/xml",
                        utf8("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"))));
    }

    private static RawBody json(String name, List<String> fields, String value) {
        StringBuilder b = new StringBuilder("{");
        for (String field : fields) {
            if (b.length() > 1) {
                b.append(',');
            }
            boolean list = field.endsWith("[]");
            b.append('"').append(list ? field.substring(0, field.length() - 2) : field).append("\":")
                    .append(list ? "[" + value + "]" : value);
        }
        return new RawBody(name, "application/json", utf8(b.append('}').toString()));
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    /** Ids no endpoint can mistake for one of its own: each must be a 4xx wherever it goes. */
    private static List<String> badIds() {
        return List.of("not-a-uuid", "1' OR '1'='1", "9".repeat(1000), "\uD83D\uDE42", "00000000-0000-0000-0000-00000000000g", "-1",
                "{\"$ne\":null}");
    }

    // ------------------------------------------------------------------ HTTP

    private interface Call {
        HttpResponse<byte[]> call() throws IOException, InterruptedException;
    }

    /**
     * An input the endpoint may read: a 2xx (the document it made is deleted again at once, so the knowledge base and
     * the row counts are as before) or a 4xx problem; never a 5xx or a dropped connection.
     */
    private void readable(String what, Call call) throws InterruptedException {
        HttpResponse<byte[]> r = answer(what, call);
        if (r == null) {
            return;
        }
        if (r.statusCode() / 100 != 2) {
            refused(what, r);
            return;
        }
        read++;
        String id;
        try {
            id = JSON.readTree(r.body()).path("id").asText();
        } catch (IOException e) {
            failures.add(what + ": HTTP " + r.statusCode() + " without a JSON body");
            return;
        }
        try {
            int deleted = send(new Target("DELETE", "/api/knowledge/documents/" + encode(id), admin, null), new byte[0]).statusCode();
            if (deleted != 204) {
                failures.add(what + ": read, but deleting document " + id + " answered " + deleted);
            }
        } catch (IOException e) {
            failures.add(what + ": read, but deleting document " + id + " failed: " + e);
        }
    }

    private void check(String what, Call call) throws InterruptedException {
        HttpResponse<byte[]> r = answer(what, call);
        if (r != null) {
            refused(what, r);
        }
    }

    /** The answer to one request of the sweep, counted; null (and a failure) when none came. */
    private HttpResponse<byte[]> answer(String what, Call call) throws InterruptedException {
        requests++;
        try {
            return call.call();
        } catch (IOException e) {
            failures.add(what + ": no answer (" + e + ")");
            return null;
        }
    }

    /** The input was refused as it must be: a 4xx problem+json whose body carries the same status. */
    private void refused(String what, HttpResponse<byte[]> r) {
        int status = r.statusCode();
        String type = r.headers().firstValue("Content-Type").orElse("");
        String body = new String(r.body(), StandardCharsets.UTF_8);
        if (status < 400 || status > 499) {
            failures.add(what + ": HTTP " + status + " " + abbreviate(body));
            return;
        }
        if (status == 401 || status == 403 || status == 429) {
            // refused for who is asking or how often: the input never reached the code the sweep is about
            failures.add(what + ": HTTP " + status + " before the input was looked at: " + abbreviate(body));
            return;
        }
        if (!type.startsWith("application/problem+json")) {
            failures.add(what + ": HTTP " + status + " as '" + type + "': " + abbreviate(body));
            return;
        }
        try {
            JsonNode problem = JSON.readTree(r.body());
            if (problem.path("status").asInt() != status || problem.path("title").asText().isBlank()) {
                failures.add(what + ": HTTP " + status + " with a problem that says otherwise: " + abbreviate(body));
                return;
            }
            String kind = problem.path("type").asText();
            answers.computeIfAbsent(what.substring(0, what.indexOf(" <- ")), k -> new java.util.TreeMap<>())
                    .merge(status + " " + kind.substring(kind.lastIndexOf('/') + 1), 1, Integer::sum);
        } catch (IOException e) {
            failures.add(what + ": HTTP " + status + " problem+json that is not JSON: " + abbreviate(body));
        }
    }

    /** One request's method, path under the gateway, bearer token (null: none) and Content-Type (null: none). */
    private record Target(String method, String path, String token, String contentType) {
    }

    private HttpResponse<byte[]> send(Target target, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(StackConfig.gateway() + target.path)).timeout(Duration.ofSeconds(90))
                .method(target.method, target.method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (target.token != null) {
            b.header("Authorization", "Bearer " + target.token);
        }
        if (target.contentType != null) {
            b.header("Content-Type", target.contentType);
        }
        if (target.path.startsWith("/api/auth/")) {
            long wait = lastAuthCall + AUTH_PACE.toMillis() - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            lastAuthCall = System.currentTimeMillis();
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] multipart(String boundary, Map<String, String> fields, String filePart, HostileInputs.FileInput file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")));
        out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + filePart + "\"; filename=\"" + file.fileName()
                + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n"));
        out.writeBytes(file.bytes());
        out.writeBytes(utf8("\r\n--" + boundary + "--\r\n"));
        return out.toByteArray();
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
    }

    private static boolean ready(int port) throws InterruptedException {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("UP");
        } catch (IOException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ setup and the database

    /** The local stack configures no AUTH_ADMIN_EMAILS; the sweep makes its own user an admin the way an operator would. */
    private static String promoteToAdmin(Account account) throws SQLException {
        try (Connection c = DriverManager.getConnection(StackConfig.dbUrl(), StackConfig.dbUser(), StackConfig.dbPassword());
             PreparedStatement st = c.prepareStatement("update auth.user_account set admin = true where id = ?::uuid")) {
            st.setString(1, account.userId());
            assertEquals(1, st.executeUpdate(), "the sweep's account was promoted");
        }
        Response login = Account.anonymous().contentType(ContentType.JSON)
                .body(Map.of("login", account.email(), "password", account.password())).post("/api/auth/login");
        assertEquals(200, login.statusCode(), login::asString);
        String token = login.jsonPath().getString("accessToken");
        Response me = Account.anonymous().auth().oauth2(token).get("/api/auth/me");
        assertTrue(me.jsonPath().getList("groups").contains("admin"), () -> "the new token carries the admin group: " + me.asString());
        return token;
    }

    /** A real interview waiting for an answer, so the answer endpoints are reached past ownership and state. */
    private void startInterviewToAnswer() throws InterruptedException {
        InterviewDriver driver = new InterviewDriver(sweeper);
        interviewId = driver.start();
        driver.awaitReady(Duration.ofMinutes(2));
        Response next = sweeper.api().get("/api/interviews/" + interviewId + "/messages/next?wait=20");
        assertEquals(200, next.statusCode(), next::asString);
        turnId = next.jsonPath().getString("turnId");
        Objects.requireNonNull(turnId, "the greeting has a turn id");
    }

    /** Row counts once the setup's own asynchronous work (events, their consumers) has settled. */
    private static Map<String, Long> quietRowCounts() throws SQLException, InterruptedException {
        Map<String, Long> last = rowCounts();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(1500);
            Map<String, Long> now = rowCounts();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        fail("the database did not settle within 30 s before the sweep: " + last);
        return last;
    }

    /** Rows in every table of the six schemas. */
    static Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(StackConfig.dbUrl(), StackConfig.dbUser(), StackConfig.dbPassword())) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("""
                    select table_schema || '.' || table_name from information_schema.tables
                    where table_type = 'BASE TABLE' and table_schema = any (?) and table_name not like 'flyway%'
                    order by 1""")) {
                st.setArray(1, c.createArrayOf("text", ErasureProbe.SCHEMAS.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            assertTrue(tables.size() >= 20, () -> "the six schemas' tables are visible to " + StackConfig.dbUser() + ": " + tables);
            for (String table : tables) {
                try (PreparedStatement st = c.prepareStatement("select count(*) from " + table); ResultSet rs = st.executeQuery()) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
