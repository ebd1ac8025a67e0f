package io.intervu.auth.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Failed-login throttling. Failures count within {@code window}; after {@code freeAttempts} each
 * further failure blocks the key for a delay that doubles from {@code baseDelay} up to
 * {@code maxDelay}. Nothing is ever locked for longer than {@code maxDelay}.
 */
@ConfigMapping(prefix = "intervu.throttle")
public interface ThrottleConfig {

    @WithDefault("PT15M")
    Duration window();

    /** At most this many confirmation/reset mails per account within the window (guards a victim's inbox). */
    @WithDefault("5")
    int mailsPerWindow();

    Limits account();

    Limits ip();

    /** Sign-ups per client address: past the free ones within the window the address waits (bcrypt and mail cost). */
    Limits signUp();

    interface Limits {
        @WithDefault("5")
        int freeAttempts();

        @WithDefault("PT2S")
        Duration baseDelay();

        @WithDefault("PT5M")
        Duration maxDelay();
    }
}
