package io.intervu.report.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Optional;

/**
 * The database password, checked at start. Production (the packaged jar) refuses a placeholder such as the
 * default {@code change-me} of {@code DB_PASSWORD}, as auth-service refuses placeholder secrets; dev and test keep theirs.
 * Each service has its own copy of this check (services share no production code).
 */
@Startup
@ApplicationScoped
public class DatabaseCredentials {

    /** The same placeholders auth-service refuses as secrets; compared case-insensitively, anywhere in the value. */
    static final String[] PLACEHOLDERS = {"change-me", "changeme", "placeholder", "dev-only", "secret"};

    @Inject
    public DatabaseCredentials(@ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this(password, LaunchMode.current() == LaunchMode.NORMAL);
    }

    DatabaseCredentials(Optional<String> password, boolean production) {
        if (production) {
            password.ifPresent(DatabaseCredentials::refusePlaceholder);
        }
    }

    static void refusePlaceholder(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        for (String placeholder : PLACEHOLDERS) {
            if (lower.contains(placeholder)) {
                throw new IllegalStateException("The database password (DB_PASSWORD) is a placeholder; "
                        + "configure the real one (e.g. openssl rand -hex 24)");
            }
        }
    }
}
