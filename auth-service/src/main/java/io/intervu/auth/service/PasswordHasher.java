package io.intervu.auth.service;

import io.intervu.auth.config.AuthConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;

/** bcrypt with a configurable cost of at least 12. */
@ApplicationScoped
public class PasswordHasher {

    public static final int MIN_COST = 12;

    private final int cost;
    /** Checked against when the login names nobody, so both cases take the same time. */
    private final String dummyHash;

    public PasswordHasher(AuthConfig config) {
        if (config.bcryptCost() < MIN_COST) {
            throw new IllegalStateException("intervu.auth.bcrypt-cost must be at least " + MIN_COST);
        }
        this.cost = config.bcryptCost();
        this.dummyHash = BcryptUtil.bcryptHash(SecretTokens.newToken(), cost);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash);
    }

    /** Burns the same time as a real check, for a login that names no account. */
    public void matchesNothing(String password) {
        BcryptUtil.matches(password, dummyHash);
    }
}
