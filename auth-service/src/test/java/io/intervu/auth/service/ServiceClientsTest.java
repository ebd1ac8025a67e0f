package io.intervu.auth.service;

import io.intervu.auth.config.ServiceClientsConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Secret rules and checks, without Quarkus: what a misconfigured production start runs into. */
class ServiceClientsTest {

    static final String STRONG = "9f2c4e7a1b3d5f60718293a4b5c6d7e8f9a0b1c2d3e4f506";

    record FixedClient(Optional<String> secret) implements ServiceClientsConfig.Client {
    }

    static ServiceClientsConfig config(Map<String, String> secrets) {
        return new ServiceClientsConfig() {
            @Override
            public Duration tokenTtl() {
                return Duration.ofMinutes(10);
            }

            @Override
            public Map<String, ServiceClientsConfig.Client> clients() {
                Map<String, ServiceClientsConfig.Client> clients = new java.util.HashMap<>();
                secrets.forEach((id, secret) -> clients.put(id, new FixedClient(Optional.ofNullable(secret))));
                return Map.copyOf(clients);
            }
        };
    }

    @Test
    void productionRefusesPlaceholderAndShortSecrets() {
        for (String weak : new String[]{"dev-only-interview-service-secret", "change-me-change-me-change-me-change-me",
                "PLACEHOLDER-0123456789012345678901234567", "tooShort0123456789"}) {
            assertThrows(IllegalStateException.class, () -> new ServiceClients(config(Map.of("interview-service", weak)), true), weak);
        }
        assertDoesNotThrow(() -> new ServiceClients(config(Map.of("interview-service", STRONG)), true));
        // dev and test may use their well-known secrets
        assertDoesNotThrow(() -> new ServiceClients(config(Map.of("interview-service", "dev-only-interview-service-secret")), false));
    }

    @Test
    void onlyTheExactSecretOfAConfiguredClientVerifies() {
        ServiceClients clients = new ServiceClients(config(Map.of("interview-service", STRONG, "no-secret", "  ")), true);
        assertTrue(clients.exists("interview-service"));
        assertTrue(clients.verify("interview-service", STRONG));
        assertFalse(clients.verify("interview-service", STRONG + " "));
        assertFalse(clients.verify("interview-service", STRONG.substring(1)));
        assertFalse(clients.verify("interview-service", ""));
        assertFalse(clients.exists("no-secret"), "a client without a secret does not exist");
        assertFalse(clients.verify("no-secret", "  "));
        assertFalse(clients.verify("unknown", STRONG));
        assertFalse(clients.verify("unknown", "no such client"), "the stand-in digest never verifies");
    }
}
