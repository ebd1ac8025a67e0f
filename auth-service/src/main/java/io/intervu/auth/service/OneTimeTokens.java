package io.intervu.auth.service;

import io.intervu.auth.OneTimeToken;
import io.intervu.auth.RequestRefusedException;
import io.intervu.auth.RequestRefusedException.Reason;
import io.intervu.auth.repository.OneTimeTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Mailed single-use tokens: a new one invalidates the older ones of the same purpose. */
@ApplicationScoped
public class OneTimeTokens {

    private final OneTimeTokenRepository repository;

    public OneTimeTokens(OneTimeTokenRepository repository) {
        this.repository = repository;
    }

    /** Returns the raw token (for the mail only); the database keeps its hash. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(UUID userId, OneTimeToken.Purpose purpose, Duration ttl) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        repository.invalidateOpen(userId, purpose, now);
        String raw = SecretTokens.newToken();
        OneTimeToken token = new OneTimeToken();
        token.id = UUID.randomUUID();
        token.userId = userId;
        token.purpose = purpose;
        token.tokenHash = SecretTokens.hash(raw);
        token.createdAt = now;
        token.expiresAt = now.plus(ttl);
        repository.persist(token);
        return raw;
    }

    /** No mailed link of this purpose works any more (e.g. open reset links after a password change). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void invalidateOpen(UUID userId, OneTimeToken.Purpose purpose) {
        repository.invalidateOpen(userId, purpose, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /**
     * Marks the token used and returns its user. Unknown, used, expired or wrong-purpose tokens
     * all get the same 400, so the answer tells nothing about which.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID consume(String raw, OneTimeToken.Purpose purpose) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OneTimeToken token = repository.lockByHash(SecretTokens.hash(raw))
                .filter(t -> t.purpose == purpose && t.usedAt == null && t.expiresAt.isAfter(now))
                .orElseThrow(() -> new RequestRefusedException(Reason.INVALID, "invalid-token", "Invalid or expired link",
                        "This link is invalid, expired or already used. Ask for a new one."));
        token.usedAt = now;
        return token.userId;
    }
}
