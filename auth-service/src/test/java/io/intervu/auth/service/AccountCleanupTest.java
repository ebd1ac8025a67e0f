package io.intervu.auth.service;

import io.intervu.auth.Accounts;
import io.intervu.auth.Accounts.Account;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AccountCleanupTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    @Inject
    AccountCleanup cleanup;

    @Test
    void unconfirmedAccountsGoOnlyAfterTheirLinkExpired() {
        Account live = Accounts.fresh();
        Accounts.register(live).then().statusCode(202);
        Account expired = Accounts.fresh();
        Accounts.register(expired).then().statusCode(202);
        Account confirmed = Accounts.confirmed(mailbox);
        Accounts.awaitMail(mailbox, live.email(), 1);
        Accounts.awaitMail(mailbox, expired.email(), 1);

        // the confirmation link lives 24 hours
        assertEquals(86400.0, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select extract(epoch from t.expires_at - t.created_at) from one_time_token t
                  join user_account u on u.id = t.user_id where u.username = :u""")
                .setParameter("u", live.username()).getSingleResult()).doubleValue()), 1.0);

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update one_time_token set expires_at = now() - interval '1 second'
                 where user_id = (select id from user_account where username = :u)""")
                .setParameter("u", expired.username()).executeUpdate());
        // even the confirmed account's used link is long expired: it must stay anyway
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update one_time_token set expires_at = now() - interval '2 days'
                 where user_id = (select id from user_account where username = :u)""")
                .setParameter("u", confirmed.username()).executeUpdate());

        cleanup.removeExpiredUnconfirmed();

        assertEquals(1L, exists(live.username()), "link still valid: kept");
        assertEquals(0L, exists(expired.username()), "link expired: removed");
        assertEquals(1L, exists(confirmed.username()), "confirmed: kept");
    }

    private long exists(String username) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from user_account where username = :u").setParameter("u", username).getSingleResult()).longValue());
    }
}
