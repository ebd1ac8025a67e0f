package io.intervu.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the running stack is. Defaults match deploy/local/up; every value can be moved with a system
 * property or an environment variable (INTERVU_GATEWAY_URL, INTERVU_MAIL_API_URL,
 * KAFKA_BOOTSTRAP_SERVERS, DB_URL, DB_USERNAME, DB_PASSWORD). The database password defaults to the
 * one up generated in .run/secrets.env.
 */
public final class StackConfig {

    private StackConfig() {
    }

    public static Path root() {
        return Path.of(System.getProperty("intervu.root", "..")).toAbsolutePath().normalize();
    }

    public static String gateway() {
        return value("intervu.gateway.url", "INTERVU_GATEWAY_URL", "http://localhost:8080");
    }

    public static String mailApi() {
        return value("intervu.mail.api.url", "INTERVU_MAIL_API_URL", "http://localhost:8025");
    }

    public static String kafka() {
        return value("kafka.bootstrap.servers", "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    }

    public static String dbUrl() {
        return value("intervu.db.url", "DB_URL", "jdbc:postgresql://127.0.0.1:5432/intervu");
    }

    public static String dbUser() {
        return value("intervu.db.username", "DB_USERNAME", "intervu");
    }

    public static String dbPassword() {
        return value("intervu.db.password", "DB_PASSWORD", runSecrets().getOrDefault("DB_PASSWORD", ""));
    }

    /** INTERVU_E2E_START=true: start the stack with deploy/local/up when it is not running (and stop it after). */
    public static boolean startStack() {
        return Boolean.parseBoolean(value("intervu.e2e.start", "INTERVU_E2E_START", "false"));
    }

    /** INTERVU_E2E_REQUIRED=true: a missing stack fails the run instead of skipping it (CI). */
    public static boolean required() {
        return Boolean.parseBoolean(value("intervu.e2e.required", "INTERVU_E2E_REQUIRED", "false"));
    }

    static Map<String, String> runSecrets() {
        Map<String, String> values = new HashMap<>();
        Path file = root().resolve(".run/secrets.env");
        if (Files.isReadable(file)) {
            try {
                for (String line : Files.readAllLines(file)) {
                    int eq = line.indexOf('=');
                    if (!line.startsWith("#") && eq > 0) {
                        values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }
        return values;
    }

    private static String value(String property, String env, String fallback) {
        String p = System.getProperty(property);
        if (p != null && !p.isBlank()) {
            return p;
        }
        String e = System.getenv(env);
        return e == null || e.isBlank() ? fallback : e;
    }
}
