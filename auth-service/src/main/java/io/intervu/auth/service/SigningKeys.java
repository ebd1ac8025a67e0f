package io.intervu.auth.service;

import io.intervu.auth.config.JwtConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RSA key pair that signs access tokens, loaded at start from config (a PEM location or PEM
 * text), and the further public keys that are published and accepted without signing (key
 * rotation). Without a signing key, dev and test may generate a throw-away pair; production
 * refuses to start.
 */
@Startup
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    private static final int MIN_BITS = 2048;
    private static final Pattern PUBLIC_KEY_BLOCK =
            Pattern.compile("-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\\s]+?-----END PUBLIC KEY-----");

    private final PrivateKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;
    private final List<RSAPublicKey> additionalKeys;

    public SigningKeys(JwtConfig config) {
        Optional<String> privatePem = config.privateKey().filter(s -> !s.isBlank())
                .or(() -> config.privateKeyLocation().filter(s -> !s.isBlank()).map(SigningKeys::read));
        Optional<String> publicPem = config.publicKey().filter(s -> !s.isBlank())
                .or(() -> config.publicKeyLocation().filter(s -> !s.isBlank()).map(SigningKeys::read));
        boolean production = LaunchMode.current() == LaunchMode.NORMAL;
        if (privatePem.isEmpty()) {
            if (production || !config.generateIfMissing()) {
                throw new IllegalStateException("No JWT signing key: set JWT_PRIVATE_KEY_LOCATION (PKCS#8 PEM file) "
                        + "or JWT_PRIVATE_KEY (PEM text); production never generates one");
            }
            KeyPair pair = generate();
            privateKey = pair.getPrivate();
            publicKey = (RSAPublicKey) pair.getPublic();
            LOG.warn("JWT signing key pair generated for this run only (dev/test); tokens die with the process");
        } else {
            if (privatePem.get().contains("change-me") || privatePem.get().contains("placeholder")) {
                throw new IllegalStateException("The JWT signing key is a placeholder; configure a real RSA key");
            }
            privateKey = parsePrivate(privatePem.get());
            publicKey = publicPem.map(SigningKeys::parsePublic).orElseGet(() -> derivePublic(privateKey));
        }
        if (publicKey.getModulus().bitLength() < MIN_BITS) {
            throw new IllegalStateException("The JWT signing key must have at least " + MIN_BITS + " bits");
        }
        if (!matches(privateKey, publicKey)) {
            throw new IllegalStateException("The configured JWT public key does not belong to the private key");
        }
        keyId = thumbprint(publicKey);
        additionalKeys = additional(config, publicKey);
    }

    /** The published-only keys, each checked like the signing key; the signing key itself is not repeated. */
    private static List<RSAPublicKey> additional(JwtConfig config, RSAPublicKey signing) {
        String pems = config.additionalPublicKeys().filter(s -> !s.isBlank())
                .or(() -> config.additionalPublicKeysLocation().filter(s -> !s.isBlank()).map(SigningKeys::read))
                .orElse("");
        List<RSAPublicKey> keys = new ArrayList<>();
        int blocks = 0;
        Matcher block = PUBLIC_KEY_BLOCK.matcher(pems);
        while (block.find()) {
            blocks++;
            RSAPublicKey key = parsePublic(block.group());
            if (key.getModulus().bitLength() < MIN_BITS) {
                throw new IllegalStateException("Every additional JWT public key must have at least " + MIN_BITS + " bits");
            }
            if (!key.equals(signing) && !keys.contains(key)) {
                keys.add(key);
            }
        }
        if (!pems.isBlank() && blocks == 0) {
            throw new IllegalStateException("The additional JWT public keys hold no PEM public key (BEGIN PUBLIC KEY)");
        }
        return List.copyOf(keys);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** RFC 7638 thumbprint: stable for a key, so verifiers can pick the right one from the JWKS. */
    public String keyId() {
        return keyId;
    }

    /** How many keys are published beside the signing key (0 outside a rotation). */
    public int additionalKeyCount() {
        return additionalKeys.size();
    }

    /** The signing key first, then the additional ones; each with its RFC 7638 thumbprint as kid. */
    public Map<String, Object> jwks() {
        List<Map<String, Object>> jwks = new ArrayList<>();
        jwks.add(jwk(publicKey, keyId)); // the very kid tokens are issued with
        additionalKeys.forEach(key -> jwks.add(jwk(key, thumbprint(key))));
        return Map.of("keys", List.copyOf(jwks));
    }

    private static Map<String, Object> jwk(RSAPublicKey key, String kid) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("kid", kid);
        jwk.put("n", base64Url(key.getModulus()));
        jwk.put("e", base64Url(key.getPublicExponent()));
        return jwk;
    }

    public String publicKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(publicKey.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    static String read(String location) {
        String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        try {
            Path file = Path.of(path);
            if (!location.startsWith("classpath:") && Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII);
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("JWT key not found (file or classpath): " + location);
                }
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read JWT key " + location, e);
        }
    }

    private static byte[] pemBody(String pem) {
        return Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    static PrivateKey parsePrivate(String pem) {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalStateException("JWT private key must be PKCS#8 (BEGIN PRIVATE KEY); convert with "
                    + "openssl pkcs8 -topk8 -nocrypt");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pemBody(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("JWT private key is not an RSA PKCS#8 PEM key", e);
        }
    }

    static RSAPublicKey parsePublic(String pem) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pemBody(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("JWT public key is not an RSA X.509 PEM key", e);
        }
    }

    private static RSAPublicKey derivePublic(PrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("Cannot derive the public key; configure JWT_PUBLIC_KEY_LOCATION too");
        }
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean matches(PrivateKey privateKey, RSAPublicKey publicKey) {
        return !(privateKey instanceof RSAPrivateCrtKey crt) || crt.getModulus().equals(publicKey.getModulus());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(MIN_BITS);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String thumbprint(RSAPublicKey key) {
        String canonical = "{\"e\":\"" + base64Url(key.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                + base64Url(key.getModulus()) + "\"}";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unsigned big-endian bytes, base64url without padding (RFC 7518 6.3.1). */
    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
