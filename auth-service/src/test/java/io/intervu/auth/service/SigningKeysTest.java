package io.intervu.auth.service;

import io.intervu.auth.config.JwtConfig;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Key loading rules, without Quarkus: what a misconfigured production start runs into. */
class SigningKeysTest {

    record Config(Optional<String> privateKeyLocation, Optional<String> publicKeyLocation,
                  Optional<String> privateKey, Optional<String> publicKey, boolean generateIfMissing,
                  Optional<String> additionalPublicKeys, Optional<String> additionalPublicKeysLocation) implements JwtConfig {
        Config(Optional<String> privateKeyLocation, Optional<String> publicKeyLocation,
               Optional<String> privateKey, Optional<String> publicKey, boolean generateIfMissing) {
            this(privateKeyLocation, publicKeyLocation, privateKey, publicKey, generateIfMissing, Optional.empty(), Optional.empty());
        }

        static Config rotating(String additionalPems) {
            return new Config(Optional.of("classpath:test-jwt/private.pem"), Optional.empty(), Optional.empty(), Optional.empty(),
                    false, Optional.of(additionalPems), Optional.empty());
        }

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

    @Test
    void additionalKeysArePublishedAfterTheSigningKeyOnceEachAndCheckedLikeIt() throws Exception {
        String signing = SigningKeys.read("classpath:test-jwt/public.pem");
        String next = SigningKeys.read("classpath:test-jwt/next-public.pem");
        SigningKeys keys = new SigningKeys(Config.rotating(next + "\n" + signing + next));
        assertEquals(1, keys.additionalKeyCount(), "the signing key and a repeated key are published once");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> jwks = (List<Map<String, Object>>) keys.jwks().get("keys");
        assertEquals(keys.keyId(), jwks.get(0).get("kid"));
        assertEquals(SigningKeys.thumbprint(SigningKeys.parsePublic(next)), jwks.get(1).get("kid"));

        assertThrows(IllegalStateException.class, () -> new SigningKeys(Config.rotating("not a key")));
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(1024);
        String weak = pem("PUBLIC KEY", gen.generateKeyPair().getPublic().getEncoded());
        assertThrows(IllegalStateException.class, () -> new SigningKeys(Config.rotating(weak)));
        assertEquals(0, new SigningKeys(Config.rotating("  ")).additionalKeyCount());
    }
}
