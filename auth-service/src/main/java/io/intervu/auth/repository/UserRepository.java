package io.intervu.auth.repository;

import io.intervu.auth.UserAccount;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<UserAccount, UUID> {

    public Optional<UserAccount> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }

    /** Row-locked: sign-up replaces an unconfirmed account's credentials while confirmation may run. */
    public Optional<UserAccount> lockByEmail(String email) {
        return find("lower(email) = lower(?1)", email).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }

    /** A login is a username or an email address; usernames cannot contain '@'. */
    public Optional<UserAccount> findByLogin(String login) {
        return login.contains("@") ? findByEmail(login) : findByUsername(login);
    }

    /**
     * Unconfirmed accounts whose every confirmation token has expired (a resend renews the token,
     * so an account is never removed while a mailed link still works).
     */
    public int deleteUnconfirmedWithExpiredTokens() {
        return getEntityManager().createNativeQuery("""
                delete from user_account u
                 where not u.email_confirmed
                   and not exists (select 1 from one_time_token t
                                    where t.user_id = u.id and t.purpose = 'EMAIL_CONFIRM'
                                      and t.used_at is null and t.expires_at > now())""")
                .executeUpdate();
    }
}
