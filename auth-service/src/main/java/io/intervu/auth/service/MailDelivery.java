package io.intervu.auth.service;

import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Sends one account mail in the background: each attempt is bounded (an SMTP server that stops
 * answering must not leave the send pending for ever), a failed attempt is retried with backoff
 * (a dropped pooled connection, a busy relay), and the outcome is logged by user id only, never
 * the address or the link.
 */
final class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class);

    private final Duration attemptTimeout;
    private final int retries;
    private final Duration firstBackoff;

    MailDelivery(Duration attemptTimeout, int retries, Duration firstBackoff) {
        this.attemptTimeout = attemptTimeout;
        this.retries = retries;
        this.firstBackoff = firstBackoff;
    }

    /** Subscribes at once; the caller never waits. {@code send} makes a fresh attempt each call. */
    void deliver(String kind, UUID userId, Supplier<Uni<Void>> send) {
        attempts(send).subscribe().with(
                ok -> LOG.infof("%s mail for user %s handed to the mail server", kind, userId),
                e -> LOG.warnf("%s mail for user %s not sent after %d attempts: %s", kind, userId, retries + 1, describe(e)));
    }

    Uni<Void> attempts(Supplier<Uni<Void>> send) {
        Uni<Void> attempt = Uni.createFrom().<Void>deferred(send::get)
                .ifNoItem().after(attemptTimeout).fail();
        return retries == 0 ? attempt
                : attempt.onFailure().retry().withBackOff(firstBackoff, firstBackoff.multipliedBy(8)).atMost(retries);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // the class says what went wrong; messages may echo an address back from the server
        return root == e ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " (" + root.getClass().getSimpleName() + ")";
    }
}
