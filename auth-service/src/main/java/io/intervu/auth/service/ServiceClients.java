package io.intervu.auth.service;

import io.intervu.auth.config.ServiceClientsConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The configured service clients and their secrets. Secrets are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, so neither content nor length leaks through timing. Production
 * refuses to start with a short or placeholder secret.
 */
@Startup
@ApplicationScoped
public class ServiceClients {

    static final int MIN_SECRET_LENGTH = 32;
    /** Also the database password's placeholders ({@link DatabaseCredentials}). */
    static final String[] PLACEHOLDERS = {"change-me", "changeme", "placeholder", "dev-only", "secret"};
    /** Compared against when the client id is unknown, so both cases cost the same. */
    private static final byte[] NOBODY = digest("no such client");

    private final Map<String, byte[]> secretDigests;

    @Inject
    public ServiceClients(ServiceClientsConfig config) {
        this(config, LaunchMode.current() == LaunchMode.NORMAL);
    }

    ServiceClients(ServiceClientsConfig config, boolean production) {
        Map<String, String> secrets = config.clients().entrySet().stream()
                .filter(e -> e.getValue().secret().filter(s -> !s.isBlank()).isPresent())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().secret().get()));
        if (production) {
            secrets.forEach(ServiceClients::refuseWeak);
        }
        this.secretDigests = secrets.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> digest(e.getValue())));
    }

    public boolean exists(String clientId) {
        return secretDigests.containsKey(clientId);
    }

    /** True only for a configured client with exactly this secret. */
    public boolean verify(String clientId, String secret) {
        byte[] expected = secretDigests.getOrDefault(clientId, NOBODY);
        boolean equal = MessageDigest.isEqual(expected, digest(secret));
        return equal && expected != NOBODY;
    }

    /** A configured secret or password that still holds one of the {@link #PLACEHOLDERS}, in any case. */
    static boolean isPlaceholder(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String placeholder : PLACEHOLDERS) {
            if (lower.contains(placeholder)) {
                return true;
            }
        }
        return false;
    }

    private static void refuseWeak(String clientId, String secret) {
        if (isPlaceholder(secret)) {
            throw new IllegalStateException("The secret of service client " + clientId + " is a placeholder; "
                    + "configure a random one (e.g. openssl rand -hex 32)");
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("The secret of service client " + clientId + " must have at least "
                    + MIN_SECRET_LENGTH + " characters");
        }
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
