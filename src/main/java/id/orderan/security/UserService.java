package id.orderan.security;

import id.orderan.base.BusinessException;
import id.orderan.base.Translations;
import id.orderan.security.Permissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: the first admin, Pengaturan › Pengguna (ADMIN: create, role, disable/enable, reset
 * password, the sign-in log), each user's own password and language. Every change to an account is
 * audited with who made it ({@code app_user_change}).
 *
 * @see <a href="../../../../../../docs/decisions/0031-staff-accounts-and-passwords.md">0031 staff accounts</a>
 */
@Service
public class UserService {

    private static final String ADMIN_ONLY = Permissions.ADMINISTERS;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AppUserRepository users;
    private final UserChangeRepository changes;
    private final SignInAttemptRepository signIns;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final UserSessions sessions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UserService(AppUserRepository users, UserChangeRepository changes, SignInAttemptRepository signIns,
            PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, UserSessions sessions,
            CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.changes = changes;
        this.signIns = signIns;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> findByUsername(String username) {
        return users.findByUsername(SignInLog.normalizeUsername(username));
    }

    /**
     * The first accounts, at start-up (no one is signed in yet, hence no role check and package
     * visibility). A password from configuration is the operator's choice and not marked generated.
     */
    @Transactional
    AppUser createInitialUser(String username, String rawPassword, String displayName, Role role, boolean generated) {
        String normalized = validUsername(username);
        if (!generated) {
            passwordPolicy.check(normalized, rawPassword);
        }
        AppUser user = users.save(new AppUser(normalized, passwordEncoder.encode(rawPassword), generated, displayName,
                role, clock.instant()));
        audit(user, "CREATED", role.name(), SystemUser.NAME);
        return user;
    }

    // --- Pengaturan › Pengguna (ADMIN) ---

    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_ONLY)
    public List<UserRow> users(int offset, int limit) {
        return users.findRows(PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_ONLY)
    public long countUsers() {
        return users.count();
    }

    /** A new account with a generated password, returned once; its user must change it at the first sign-in. */
    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public IssuedPassword createUser(NewUserCommand command) {
        requireStaffRole(command.role());
        String username = validUsername(command.username());
        String displayName = command.displayName().trim();
        if (displayName.isEmpty() || displayName.length() > 100) {
            throw new BusinessException("error.user.display-name-required");
        }
        String password = generatePassword();
        AppUser user = users.save(new AppUser(username, passwordEncoder.encode(password), true, displayName,
                command.role(), clock.instant()));
        audit(user, "CREATED", command.role().name(), actor());
        return new IssuedPassword(id(user), username, password);
    }

    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public void changeRole(long userId, long expectedVersion, Role role) {
        requireStaffRole(role);
        AppUser user = current(userId, expectedVersion);
        if (user.getRole() == role) {
            return;
        }
        if (user.getRole() == Role.ADMIN && user.isEnabled()) {
            requireAnotherActiveAdmin(user);
        }
        String from = user.getRole().name();
        user.setRole(role);
        audit(user, "ROLE_CHANGED", from + " → " + role.name(), actor());
        // the role sits in the session's authorities: sign in again to get the new one
        sessions.endSessionsOf(user.getUsername());
    }

    /** A disabled account cannot sign in, and its open sessions end. */
    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public void setEnabled(long userId, long expectedVersion, boolean enabled) {
        AppUser user = current(userId, expectedVersion);
        if (user.isEnabled() == enabled) {
            return;
        }
        if (!enabled && user.getRole() == Role.ADMIN) {
            requireAnotherActiveAdmin(user);
        }
        user.setEnabled(enabled);
        audit(user, enabled ? "ENABLED" : "DISABLED", null, actor());
        if (!enabled) {
            sessions.endSessionsOf(user.getUsername());
        }
    }

    /** A new generated password, returned once; the user's open sessions end and it must be changed at sign-in. */
    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public IssuedPassword resetPassword(long userId, long expectedVersion) {
        AppUser user = current(userId, expectedVersion);
        String password = generatePassword();
        user.setPassword(passwordEncoder.encode(password), true);
        audit(user, "PASSWORD_RESET", null, actor());
        sessions.endSessionsOf(user.getUsername());
        return new IssuedPassword(id(user), user.getUsername(), password);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_ONLY)
    public List<SignInRow> signInLog(int offset, int limit) {
        return signIns.findRows(PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)));
    }

    // --- every user ---

    /** The signed-in user's own password: the current one proves it is them, the new one meets the policy. */
    @Transactional
    @PreAuthorize(Permissions.SIGNED_IN)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = users.findByUsername(currentUser.requireUsername())
                .orElseThrow(() -> new BusinessException("error.user.not-found"));
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessException("error.user.current-password-wrong");
        }
        passwordPolicy.check(user.getUsername(), newPassword);
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new BusinessException("error.user.password-unchanged");
        }
        user.setPassword(passwordEncoder.encode(newPassword), false);
        audit(user, "PASSWORD_CHANGED", null, user.getUsername());
    }

    /**
     * Whether the signed-in user still has a generated password; false for anyone not in the
     * database (the system user, test users).
     */
    @Transactional(readOnly = true)
    public boolean currentUserMustChangePassword() {
        return currentUser.username().flatMap(users::findByUsername)
                .map(AppUser::isPasswordChangeRequired).orElse(false);
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
    @PreAuthorize(Permissions.SIGNED_IN)
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

    private String validUsername(String typed) {
        String normalized = SignInLog.normalizeUsername(typed);
        if (!normalized.matches("[a-z0-9._-]{2,50}")) {
            throw new BusinessException("error.user.username-invalid");
        }
        if (users.findByUsername(normalized).isPresent()) {
            throw new BusinessException("error.user.username-taken", normalized);
        }
        return normalized;
    }

    /** The account as the admin saw it, or a refusal that changes nothing when someone changed it since. */
    private AppUser current(long userId, long expectedVersion) {
        AppUser user = users.findById(userId).orElseThrow(() -> new BusinessException("error.user.not-found"));
        if (user.getVersion() != expectedVersion) {
            throw new BusinessException("error.user.stale", user.getUsername());
        }
        return user;
    }

    /** The last active admin can be neither disabled nor demoted: nobody could manage accounts then. */
    private void requireAnotherActiveAdmin(AppUser user) {
        boolean another = users.lockActiveAdmins().stream().anyMatch(admin -> !admin.equals(user));
        if (!another) {
            throw new BusinessException("error.user.last-admin");
        }
    }

    private void audit(AppUser user, String action, @Nullable String detail, String by) {
        changes.save(new UserChange(id(user), action, detail, by, clock.instant()));
    }

    private String actor() {
        return currentUser.requireUsername();
    }

    private static long id(AppUser user) {
        Long id = user.getId();
        if (id == null) {
            throw new IllegalStateException("User not saved yet");
        }
        return id;
    }

    /** BUYER is granted per call to anonymous buyers (decision 0131), never stored on an account. */
    private static void requireStaffRole(Role role) {
        if (role == Role.BUYER) {
            throw new BusinessException("error.user.role-not-staff");
        }
    }
}
