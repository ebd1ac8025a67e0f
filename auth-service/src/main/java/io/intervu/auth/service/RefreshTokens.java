package io.intervu.auth.service;

import io.intervu.auth.RefreshToken;
import io.intervu.auth.RequestRefusedException;
import io.intervu.auth.RequestRefusedException.Reason;
import io.intervu.auth.repository.RefreshTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Opaque refresh tokens with rotation and theft detection by family. */
@ApplicationScoped
public class RefreshTokens {

    private static final Logger LOG = Logger.getLogger(RefreshTokens.class);

    private final RefreshTokenRepository repository;

    public RefreshTokens(RefreshTokenRepository repository) {
        this.repository = repository;
    }

    /** Starts a new family (one per login). Returns the raw token. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String startFamily(UUID userId, Duration ttl) {
        return create(userId, UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC), ttl);
    }

    /**
     * Exchanges a live token for a new one of the same family and returns (user id, new raw token).
     * The row lock makes concurrent exchanges of one token queue: the first wins; a later one within
     * {@code reuseGrace} of that is the same client racing itself and gets 409 (no tokens, nothing
     * revoked); later still it is treated as theft and revokes the whole family. The revocation must
     * commit although the caller gets an error, hence dontRollbackOn. A family that started (the login)
     * {@code familyMaxAge} or longer ago is refused however recently it was rotated: a login cannot be
     * kept alive for ever by refreshing.
     */
    @Transactional(dontRollbackOn = RequestRefusedException.class)
    public Rotated rotate(String raw, Duration ttl, Duration reuseGrace, Duration familyMaxAge) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        RefreshToken token = repository.lockByHash(SecretTokens.hash(raw)).orElseThrow(RefreshTokens::invalid);
        if (token.revokedAt != null) {
            throw invalid();
        }
        if (token.usedAt != null && token.usedAt.plus(reuseGrace).isAfter(now)) {
            throw new RequestRefusedException(Reason.CONFLICT, "refresh-in-progress", "Refresh token just exchanged",
                    "Another request exchanged this refresh token a moment ago. Use the tokens it received.");
        }
        if (token.usedAt != null) {
            int revoked = repository.revokeFamily(token.familyId, now);
            LOG.warnf("refresh token reused: family %s of user %s revoked (%d live tokens)", token.familyId, token.userId, revoked);
            throw new RequestRefusedException(Reason.UNAUTHENTICATED, "refresh-token-reused", "Refresh token already used",
                    "This refresh token was already used; every session of this login has been ended. Sign in again.");
        }
        if (!token.expiresAt.isAfter(now)) {
            throw invalid();
        }
        if (!token.familyStartedAt.plus(familyMaxAge).isAfter(now)) {
            LOG.infof("refresh refused: family %s of user %s started %s, past the family lifetime %s",
                    token.familyId, token.userId, token.familyStartedAt, familyMaxAge);
            throw invalid();
        }
        token.usedAt = now;
        return new Rotated(token.userId, create(token.userId, token.familyId, token.familyStartedAt, ttl));
    }

    /** Ends the login the token belongs to; an unknown token is ignored (logout is idempotent). */
    @Transactional
    public void revokeFamilyOf(String raw) {
        repository.findByHash(SecretTokens.hash(raw))
                .ifPresent(t -> repository.revokeFamily(t.familyId, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeAll(UUID userId) {
        repository.revokeAllOfUser(userId, OffsetDateTime.now(ZoneOffset.UTC));
    }

    @Transactional
    public long purgeExpired() {
        return repository.deleteExpired(OffsetDateTime.now(ZoneOffset.UTC));
    }

    private String create(UUID userId, UUID familyId, OffsetDateTime familyStartedAt, Duration ttl) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String raw = SecretTokens.newToken();
        RefreshToken token = new RefreshToken();
        token.id = UUID.randomUUID();
        token.userId = userId;
        token.familyId = familyId;
        token.familyStartedAt = familyStartedAt;
        token.tokenHash = SecretTokens.hash(raw);
        token.createdAt = now;
        token.expiresAt = now.plus(ttl);
        repository.persist(token);
        return raw;
    }

    private static RequestRefusedException invalid() {
        return new RequestRefusedException(Reason.UNAUTHENTICATED, "invalid-refresh-token", "Invalid refresh token",
                "The refresh token is unknown, expired or revoked. Sign in again.");
    }

    public record Rotated(UUID userId, String refreshToken) {
    }
}
