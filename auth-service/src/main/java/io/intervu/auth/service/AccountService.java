package io.intervu.auth.service;

import io.intervu.auth.RequestRefusedException;
import io.intervu.auth.RequestRefusedException.Reason;
import io.intervu.auth.UserAccount;
import io.intervu.auth.event.OutboxWriter;
import io.intervu.auth.event.UserDeleted;
import io.intervu.auth.repository.OutboxRepository;
import io.intervu.auth.repository.UserRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The signed-in user's own account: read it, delete it. */
@ApplicationScoped
public class AccountService {

    public static final String USER_DELETED_TOPIC = "auth.user-deleted";

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    private final UserRepository users;
    private final LoginService login;
    private final OutboxWriter outbox;
    private final OutboxRepository outboxRows;

    public AccountService(UserRepository users, LoginService login, OutboxWriter outbox, OutboxRepository outboxRows) {
        this.users = users;
        this.login = login;
        this.outbox = outbox;
        this.outboxRows = outboxRows;
    }

    public UserAccount me(UUID userId) {
        UserAccount user = QuarkusTransaction.requiringNew().call(() -> users.findById(userId));
        if (user == null) {
            throw gone();
        }
        return user;
    }

    /**
     * Deletes the account (its tokens go by cascade) and appends auth.user-deleted to the outbox in
     * the same transaction: either both happen or neither. Already published events about the user
     * go too; the new auth.user-deleted (it names the user, it must) leaves the outbox by the
     * retention purge once published.
     */
    public void delete(UUID userId, String password, String clientAddress) {
        login.reauthenticate(me(userId), password, clientAddress);
        QuarkusTransaction.requiringNew().run(() -> {
            UserAccount user = users.findById(userId);
            if (user == null) {
                throw gone();
            }
            users.delete(user);
            outboxRows.deletePublishedOfUser(userId.toString());
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            outbox.append(USER_DELETED_TOPIC, userId.toString(), USER_DELETED_TOPIC, new UserDeleted(userId.toString(), now.toString()));
        });
        LOG.infof("account %s deleted; %s queued", userId, USER_DELETED_TOPIC);
    }

    /** The token is valid but its account no longer exists (deleted meanwhile). */
    static RequestRefusedException gone() {
        return new RequestRefusedException(Reason.UNAUTHENTICATED, "account-gone", "Account no longer exists",
                "The account of this token no longer exists.");
    }
}
