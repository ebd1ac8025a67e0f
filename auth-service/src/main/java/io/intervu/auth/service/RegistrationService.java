package io.intervu.auth.service;

import io.intervu.auth.OneTimeToken;
import io.intervu.auth.RequestRefusedException;
import io.intervu.auth.RequestRefusedException.Reason;
import io.intervu.auth.UserAccount;
import io.intervu.auth.config.AuthConfig;
import io.intervu.auth.repository.UserRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Sign-up, email confirmation and resending of the confirmation mail. */
@ApplicationScoped
public class RegistrationService {

    private static final Logger LOG = Logger.getLogger(RegistrationService.class);

    private final UserRepository users;
    private final OneTimeTokens tokens;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AuthMail mail;
    private final AuthConfig config;
    private final LoginThrottle throttle;

    public RegistrationService(UserRepository users, OneTimeTokens tokens, PasswordHasher hasher, PasswordPolicy policy,
                               AuthMail mail, AuthConfig config, LoginThrottle throttle) {
        this.throttle = throttle;
        this.users = users;
        this.tokens = tokens;
        this.hasher = hasher;
        this.policy = policy;
        this.mail = mail;
        this.config = config;
    }

    /**
     * Creates an unconfirmed account and mails the link. An email that already has an account gets
     * the very same answer, so the endpoint cannot tell who is registered (the hash is computed first
     * in both cases so the timing matches too); only the mailbox learns it: a confirmed account gets
     * a "you already have an account" notice, an unconfirmed one a fresh confirmation link, both
     * within the account's mail limit. Re-registering an unconfirmed address replaces its pending
     * username and password and voids every earlier link: otherwise whoever signed up first with
     * someone else's address (pre-hijacking) would own the account its owner then confirms. A taken
     * username is a 409: usernames are public names, and the user has to pick another one.
     */
    public void register(String username, String email, String password, String clientAddress) {
        policy.check("password", password, username, email);
        throttle.admitSignUp(clientAddress);
        String hash = hasher.hash(password);
        Created created;
        try {
            created = QuarkusTransaction.requiringNew().call(() -> create(username, email, hash));
        } catch (PersistenceException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // a concurrent sign-up won the unique index race; answer as if we had seen it first
            created = QuarkusTransaction.requiringNew().call(() -> {
                if (users.findByUsername(username).isPresent()) {
                    throw usernameTaken();
                }
                return null;
            });
        }
        if (created == null) {
            return;
        }
        if (created.token() == null) {
            mail.sendAccountExists(created.userId(), created.email(), created.username());
        } else {
            mail.sendConfirmation(created.userId(), created.email(), created.username(), created.token());
        }
    }

    private Created create(String username, String email, String hash) {
        // locked, so a confirmation running at the same time cannot interleave with the replacement below
        Optional<UserAccount> existing = users.lockByEmail(email);
        Optional<UserAccount> byName = users.findByUsername(username);
        boolean ownPendingName = byName.isPresent() && existing.isPresent()
                && !existing.get().emailConfirmed && byName.get().id.equals(existing.get().id);
        if (byName.isPresent() && !ownPendingName) {
            throw usernameTaken();
        }
        if (existing.isPresent()) {
            return existingAccount(existing.get(), username, hash);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UserAccount user = new UserAccount();
        user.id = UUID.randomUUID();
        user.username = username;
        user.email = email;
        user.passwordHash = hash;
        // admin only once the address is proven (confirm), never for merely typing it in
        user.admin = false;
        user.createdAt = now;
        user.passwordChangedAt = now;
        users.persist(user);
        users.flush();
        LOG.infof("account %s registered", user.id);
        return new Created(user.id, tokens.issue(user.id, OneTimeToken.Purpose.EMAIL_CONFIRM, config.confirmTokenTtl()),
                user.username, user.email);
    }

    /**
     * What a sign-up with a registered address does. Confirmed: a notice to the owner, nothing else.
     * Unconfirmed: the newest sign-up's username and password replace the pending ones and every
     * earlier link dies, even past the mail limit (then no new link goes out; the owner can ask for
     * one later), so no earlier registrant's password can ever be confirmed by the owner.
     */
    private Created existingAccount(UserAccount user, String username, String hash) {
        if (!user.emailConfirmed) {
            user.username = username;
            user.passwordHash = hash;
            user.passwordChangedAt = OffsetDateTime.now(ZoneOffset.UTC);
            tokens.invalidateOpen(user.id, OneTimeToken.Purpose.EMAIL_CONFIRM);
            users.flush();
            LOG.infof("account %s re-registered before confirmation: pending credentials replaced", user.id);
        }
        if (!throttle.allowMail(user.id)) {
            return null;
        }
        String token = user.emailConfirmed ? null
                : tokens.issue(user.id, OneTimeToken.Purpose.EMAIL_CONFIRM, config.confirmTokenTtl());
        return new Created(user.id, token, user.username, user.email);
    }

    /**
     * Marks the email confirmed; the token is single-use. The admin group is granted here, when the
     * owner of an address listed in AUTH_ADMIN_EMAILS has proven it, not at sign-up.
     */
    public UUID confirm(String token) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID userId = tokens.consume(token, OneTimeToken.Purpose.EMAIL_CONFIRM);
            UserAccount user = users.findById(userId, LockModeType.PESSIMISTIC_WRITE);
            if (!user.emailConfirmed) {
                user.emailConfirmed = true;
                user.confirmedAt = OffsetDateTime.now(ZoneOffset.UTC);
                user.admin = isAdminEmail(user.email);
            }
            LOG.infof("account %s confirmed its email", userId);
            return userId;
        });
    }

    /** A new link for an unconfirmed account; older links stop working. Silent for anything else. */
    public void resendConfirmation(String email) {
        Created created = QuarkusTransaction.requiringNew().call(() -> users.findByEmail(email)
                .filter(u -> !u.emailConfirmed)
                .filter(u -> throttle.allowMail(u.id))
                .map(u -> new Created(u.id, tokens.issue(u.id, OneTimeToken.Purpose.EMAIL_CONFIRM, config.confirmTokenTtl()),
                        u.username, u.email))
                .orElse(null));
        if (created != null) {
            mail.sendConfirmation(created.userId(), created.email(), created.username(), created.token());
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private boolean isAdminEmail(String email) {
        return config.adminEmails().map(list -> list.stream()
                        .anyMatch(a -> a.strip().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT))))
                .orElse(false);
    }

    private static RequestRefusedException usernameTaken() {
        return new RequestRefusedException(Reason.CONFLICT, "username-taken", "Username taken", "This username is taken; choose another one.");
    }

    private record Created(UUID userId, String token, String username, String email) {
        Created(UUID userId, String token) {
            this(userId, token, null, null);
        }
    }
}
