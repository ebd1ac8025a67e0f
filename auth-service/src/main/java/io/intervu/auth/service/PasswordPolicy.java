package io.intervu.auth.service;

import io.intervu.auth.RequestRefusedException;
import io.intervu.auth.RequestRefusedException.Reason;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a new password must satisfy beyond its length: not a common password, not the username
 * or the email's local part, not one repeated character, and at most 72 UTF-8 bytes (bcrypt
 * silently ignores anything after that).
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private final Set<String> common = load();

    /** Refuses the request, naming the field, when the password is not acceptable. */
    public void check(String field, String password, String username, String email) {
        String reason = reason(password, username, email);
        if (reason != null) {
            throw new RequestRefusedException(Reason.INVALID, "weak-password", "Password not accepted", reason,
                    Map.of(field, reason), null);
        }
    }

    String reason(String password, String username, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "must have at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "must be at most " + MAX_BYTES + " bytes (UTF-8)";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return "is too common";
        }
        if (lower.chars().distinct().count() <= 2) {
            return "repeats too few characters";
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return "must not contain the username";
        }
        if (email != null && email.indexOf('@') >= 3) {
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (lower.contains(local)) {
                return "must not contain the email address";
            }
        }
        return null;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read common-passwords.txt", e);
        }
        return Set.copyOf(words);
    }
}
