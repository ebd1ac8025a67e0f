package io.intervu.auth.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The signing key pair and the claims every access token carries. */
@ConfigMapping(prefix = "intervu.jwt")
public interface JwtConfig {

    @WithDefault("https://intervu.local/auth")
    String issuer();

    @WithDefault("intervu")
    String audience();

    /** PKCS#8 PEM file (or classpath resource) with the RSA private key. */
    Optional<String> privateKeyLocation();

    /** X.509 PEM file (or classpath resource) with the public key; derived from the private key when absent. */
    Optional<String> publicKeyLocation();

    /** The private key as PEM text, instead of a location (e.g. from a Kubernetes secret env var). */
    Optional<String> privateKey();

    /** The public key as PEM text. */
    Optional<String> publicKey();

    /**
     * Further public keys (one or more PEM blocks) published in the JWKS and accepted, never used to
     * sign: the next key before a rotation, the previous one after it.
     */
    Optional<String> additionalPublicKeys();

    /** A file (or classpath resource) with further public keys, as {@link #additionalPublicKeys()}. */
    Optional<String> additionalPublicKeysLocation();

    /** Without a configured key, generate a throw-away pair (dev/test only; production refuses to start). */
    @WithDefault("false")
    boolean generateIfMissing();
}
