package id.orderan.security;

import id.orderan.base.BusinessException;
import id.orderan.base.Translations;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users of the back office: the first admin, language preference, and (later) user management. */
@Service
public class UserService {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> findByUsername(String username) {
        return users.findByUsername(username);
    }

    /** Used at start-up only (no one is signed in yet), hence no role check. */
    @Transactional
    public AppUser createUser(String username, String rawPassword, String displayName, Role role) {
        String normalized = username.trim().toLowerCase(Locale.ROOT);
        if (!normalized.matches("[a-z0-9._-]{2,50}")) {
            throw new BusinessException("error.user.username-invalid");
        }
        if (rawPassword.length() < 8) {
            throw new BusinessException("error.user.password-too-short");
        }
        if (users.findByUsername(normalized).isPresent()) {
            throw new BusinessException("error.user.username-taken", normalized);
        }
        return users.save(new AppUser(normalized, passwordEncoder.encode(rawPassword), displayName, role, clock.instant()));
    }

    /** The signed-in user's language; stored so it follows them to every device. */
    @Transactional(readOnly = true)
    public Locale currentUserLocale() {
        return currentUser.username()
                .flatMap(users::findByUsername)
                .map(user -> Translations.supported(Locale.forLanguageTag(user.getLocale())))
                .orElse(Translations.INDONESIAN);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeCurrentUserLocale(Locale locale) {
        String username = currentUser.requireUsername();
        AppUser user = users.findByUsername(username).orElseThrow();
        user.setLocale(Translations.supported(locale).getLanguage());
    }

    public String generatePassword() {
        var password = new StringBuilder(14);
        for (int i = 0; i < 14; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
