package io.intervu.auth.bench;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: measures a running auth-service (see bench/run-benchmark.sh).
 * Args: baseUrl jdbcUrl dbUser dbPassword issuer [logins] [concurrency] [verifications]
 */
public final class AuthBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ACCESS = Pattern.compile("\"accessToken\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        String dbUser = args[2];
        String dbPassword = args[3];
        String issuer = args[4];
        int logins = args.length > 5 ? Integer.parseInt(args[5]) : 80;
        int concurrency = args.length > 6 ? Integer.parseInt(args[6]) : 4;
        int verifications = args.length > 7 ? Integer.parseInt(args[7]) : 20_000;

        String username = "bench_" + UUID.randomUUID().toString().substring(0, 8);
        String password = "benchmark passphrase " + UUID.randomUUID();
        int status = post(base + "/api/auth/register", "{\"username\":\"" + username + "\",\"email\":\"" + username
                + "@bench.example.org\",\"password\":\"" + password + "\"}").statusCode();
        if (status != 202) {
            throw new IllegalStateException("register answered " + status);
        }
        // the confirmation mail goes to the mock mailbox here; confirm directly in the database
        try (Connection c = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
             PreparedStatement st = c.prepareStatement("update auth.user_account set email_confirmed = true where username = ?")) {
            st.setString(1, username);
            st.executeUpdate();
        }
        String loginBody = "{\"login\":\"" + username + "\",\"password\":\"" + password + "\"}";

        // warm-up, then login throughput with `concurrency` clients
        for (int i = 0; i < 5; i++) {
            post(base + "/api/auth/login", loginBody);
        }
        List<Long> loginNanos = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < logins; i++) {
            futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                HttpResponse<String> r = post(base + "/api/auth/login", loginBody);
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("login answered " + r.statusCode());
                }
                loginNanos.add(System.nanoTime() - t0);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();

        HttpResponse<String> login = post(base + "/api/auth/login", loginBody);
        Matcher m = ACCESS.matcher(login.body());
        if (!m.find()) {
            throw new IllegalStateException("no access token");
        }
        String token = m.group(1);

        // in-process verification exactly as the other services do it: smallrye-jwt, keys from the JWKS URL
        JWTAuthContextInfo info = new JWTAuthContextInfo(base + "/.well-known/jwks.json", issuer);
        info.setExpectedAudience(Set.of("intervu"));
        DefaultJWTParser parser = new DefaultJWTParser(info);
        for (int i = 0; i < 2_000; i++) {
            parser.parse(token);
        }
        long[] verify = new long[verifications];
        for (int i = 0; i < verifications; i++) {
            long t0 = System.nanoTime();
            parser.parse(token);
            verify[i] = System.nanoTime() - t0;
        }

        // end to end: GET /api/auth/me (HTTP + token verification + one primary-key read)
        int meCalls = 1_000;
        for (int i = 0; i < 100; i++) {
            get(base + "/api/auth/me", token);
        }
        long[] me = new long[meCalls];
        for (int i = 0; i < meCalls; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(base + "/api/auth/me", token);
            me[i] = System.nanoTime() - t0;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("/me answered " + r.statusCode());
            }
        }

        long[] loginArr = loginNanos.stream().mapToLong(Long::longValue).toArray();
        System.out.printf("login: %d logins, %d concurrent clients, %.1f s -> %.2f logins/s; latency p50 %.0f ms, p99 %.0f ms%n",
                logins, concurrency, seconds, logins / seconds, pct(loginArr, 50) / 1e6, pct(loginArr, 99) / 1e6);
        System.out.printf("token verification in-process (smallrye-jwt, JWKS key, %d runs): p50 %.1f us, p99 %.1f us%n",
                verifications, pct(verify, 50) / 1e3, pct(verify, 99) / 1e3);
        System.out.printf("GET /api/auth/me end to end (%d sequential calls): p50 %.2f ms, p99 %.2f ms%n",
                meCalls, pct(me, 50) / 1e6, pct(me, 99) / 1e6);
    }

    private static double pct(long[] values, int percentile) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
