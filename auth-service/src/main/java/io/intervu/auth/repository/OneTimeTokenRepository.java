package io.intervu.auth.repository;

import io.intervu.auth.OneTimeToken;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OneTimeTokenRepository implements PanacheRepositoryBase<OneTimeToken, UUID> {

    /** Row-locked, so two concurrent uses of one token cannot both succeed. */
    public Optional<OneTimeToken> lockByHash(String tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Kills every still-usable token of this purpose (a newer one replaces them). */
    public int invalidateOpen(UUID userId, OneTimeToken.Purpose purpose, OffsetDateTime now) {
        return update("usedAt = ?1 where userId = ?2 and purpose = ?3 and usedAt is null", now, userId, purpose);
    }
}
