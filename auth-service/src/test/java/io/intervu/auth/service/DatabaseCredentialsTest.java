package io.intervu.auth.service;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a production start with a forgotten DB_PASSWORD runs into, without Quarkus. */
class DatabaseCredentialsTest {

    @Test
    void productionRefusesPlaceholderPasswords() {
        for (String placeholder : new String[]{"change-me", "CHANGE-ME", "changeme", "placeholder", "dev-only-db", "secret"}) {
            assertThrows(IllegalStateException.class,
                    () -> new DatabaseCredentials(Optional.of(placeholder), true), placeholder);
        }
        assertDoesNotThrow(() -> new DatabaseCredentials(Optional.of("3f9a0c7e5b1d2468ace13579bdf02468ace13579bdf0246"), true));
    }

    @Test
    void devAndTestKeepTheirLocalPasswords() {
        assertDoesNotThrow(() -> new DatabaseCredentials(Optional.of("change-me"), false));
    }
}
