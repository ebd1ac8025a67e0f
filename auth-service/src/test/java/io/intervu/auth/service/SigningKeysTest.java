package io.intervu.auth.service;

import io.intervu.auth.config.JwtConfig;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Key loading rules, without Quarkus: what a misconfigured production start runs into. */
class SigningKeysTest {

    record Config(Optional<String> privateKeyLocation, Optional<String> publicKeyLocation,
                  Optional<String> privateKey, Optional<String> publicKey, boolean generateIfMissing) implements JwtConfig {
        @Override
        public String issuer() {
            return "https://intervu.test/auth";
        }

        @Override
        public String audience() {
            return "intervu";
        }
    }

    @Test
    void productionRefusesToStartWithoutAKeyEvenWhenGenerationIsAllowed() {
        // outside a Quarkus test or dev run the launch mode is NORMAL, i.e. production
        assertEquals(io.quarkus.runtime.LaunchMode.NORMAL, io.quarkus.runtime.LaunchMode.current());
        var e = assertThrows(IllegalStateException.class,
                () -> new SigningKeys(new Config(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false)));
        assertTrue(e.getMessage().contains("JWT_PRIVATE_KEY_LOCATION"));
        assertThrows(IllegalStateException.class,
                () -> new SigningKeys(new Config(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true)));
        assertThrows(IllegalStateException.class,
                () -> new SigningKeys(new Config(Optional.empty(), Optional.empty(), Optional.of("  "), Optional.empty(), true)));
    }

    @Test
    void refusesPlaceholdersWeakKeysAndMismatchedPairs() throws Exception {
        assertThrows(IllegalStateException.class, () -> new SigningKeys(new Config(Optional.empty(), Optional.empty(),
                Optional.of("change-me"), Optional.empty(), false)));
        assertThrows(IllegalStateException.class, () -> new SigningKeys(new Config(Optional.of("/nonexistent/key.pem"),
                Optional.empty(), Optional.empty(), Optional.empty(), false)));

        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(1024);
        String weak = pem("PRIVATE KEY", gen.generateKeyPair().getPrivate().getEncoded());
        assertThrows(IllegalStateException.class, () -> new SigningKeys(new Config(Optional.empty(), Optional.empty(),
                Optional.of(weak), Optional.empty(), false)));

        assertThrows(IllegalStateException.class, () -> new SigningKeys(new Config(Optional.of("classpath:test-jwt/foreign-private.pem"),
                Optional.of("classpath:test-jwt/public.pem"), Optional.empty(), Optional.empty(), false)));
    }

    @Test
    void loadsThePairAndDerivesThePublicKeyWhenOnlyThePrivateIsGiven() {
        SigningKeys both = new SigningKeys(new Config(Optional.of("classpath:test-jwt/private.pem"),
                Optional.of("classpath:test-jwt/public.pem"), Optional.empty(), Optional.empty(), false));
        SigningKeys derived = new SigningKeys(new Config(Optional.of("classpath:test-jwt/private.pem"),
                Optional.empty(), Optional.empty(), Optional.empty(), false));
        assertEquals(both.publicKey(), derived.publicKey());
        assertEquals(both.keyId(), derived.keyId(), "the key id is the key's thumbprint");
        assertTrue(both.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
