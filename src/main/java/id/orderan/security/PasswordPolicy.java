package id.orderan.security;

import id.orderan.base.BusinessException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a password chosen by a person must be: at least {@value #MIN_LENGTH} characters, not the
 * username, and not one of the ~5,000 most common passwords (shipped in
 * {@code security/common-passwords.txt}, source and licence noted there). Length beats composition
 * rules (NIST SP 800-63B), so there is no "one digit, one capital" rule.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    private static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private final Set<String> common = load();

    /** Refuses with a translated reason; says nothing about a good password. */
    void check(String username, String password) {
        if (password.length() < MIN_LENGTH) {
            throw new BusinessException("error.user.password-too-short", MIN_LENGTH);
        }
        String lower = password.trim().toLowerCase(Locale.ROOT);
        if (lower.equals(username.trim().toLowerCase(Locale.ROOT))) {
            throw new BusinessException("error.user.password-is-username");
        }
        if (common.contains(lower)) {
            throw new BusinessException("error.user.password-too-common");
        }
    }

    private static Set<String> load() {
        var words = new HashSet<String>(8192);
        try (var reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS), COMMON_PASSWORDS),
                StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
