package io.intervu.auth.service;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The database password, checked at start. Production (the packaged jar) refuses a placeholder such as the
 * default {@code change-me} of {@code DB_PASSWORD}, with the placeholders {@link ServiceClients} refuses as
 * client secrets; dev and test keep theirs.
 */
@Startup
@ApplicationScoped
public class DatabaseCredentials {

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
        if (ServiceClients.isPlaceholder(password)) {
            throw new IllegalStateException("The database password (DB_PASSWORD) is a placeholder; "
                    + "configure the real one (e.g. openssl rand -hex 24)");
        }
    }
}
