package id.orderan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.support.IntegrationTest;
import id.orderan.support.TestData;
import id.orderan.support.TestUsers;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserServiceTest extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_first_start_creates_admin_with_the_configured_password_hashed_with_bcrypt_and_no_forced_change() {
        var admin = userDetails.loadUserByUsername("admin");

        assertThat(admin.getPassword()).startsWith("$2").doesNotContain("rahasia");
        assertThat(passwordEncoder.matches("rahasia-admin-123", admin.getPassword())).isTrue();
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(userDetails.loadUserByUsername(" ADMIN ").getUsername()).as("case-insensitive").isEqualTo("admin");
        assertThat(users.findByUsername("admin").orElseThrow().isPasswordChangeRequired())
                .as("ORDERAN_ADMIN_PASSWORD is the operator's choice, not generated").isFalse();
    }

    @Test
    void generated_passwords_are_long_and_different() {
        String first = users.generatePassword();
        assertThat(first).hasSize(14);
        assertThat(users.generatePassword()).isNotEqualTo(first);
    }

    @Test
    void a_user_can_switch_to_english_and_back() {
        testUsers.ensure("bahasa", "kata-sandi-panjang", Role.CS);
        TestData.as("bahasa", "CS", () -> {
            users.changeCurrentUserLocale(Locale.ENGLISH);
            assertThat(users.currentUserLocale()).isEqualTo(Locale.ENGLISH);
            users.changeCurrentUserLocale(Locale.forLanguageTag("id"));
            assertThat(users.currentUserLocale().getLanguage()).isEqualTo("id");
            return null;
        });
    }

    @Test
    void an_admin_creates_a_user_with_a_generated_password_that_must_be_changed() {
        String name = unique("budi");

        IssuedPassword issued = TestData.asAdmin(() -> users.createUser(new NewUserCommand(" " + name.toUpperCase(Locale.ROOT) + " ", "Budi", Role.CS)));

        assertThat(issued.username()).isEqualTo(name);
        assertThat(issued.password()).hasSize(14);
        AppUser user = users.findByUsername(name).orElseThrow();
        assertThat(user.getRole()).isEqualTo(Role.CS);
        assertThat(user.isPasswordChangeRequired()).isTrue();
        assertThat(passwordEncoder.matches(issued.password(), userDetails.loadUserByUsername(name).getPassword())).isTrue();
        assertThat(TestData.as(name, "CS", users::currentUserMustChangePassword)).isTrue();
        assertThat(audit(issued.userId())).containsExactly("CREATED CS by admin");
    }

    @Test
    void only_admins_may_create_users_and_odd_input_is_refused() {
        for (String role : List.of("CS", "GUDANG")) {
            assertThatThrownBy(() -> TestData.as("x", role, () -> users.createUser(new NewUserCommand(unique("nope"), "N", Role.CS))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> TestData.asAdmin(() -> users.createUser(new NewUserCommand("x y", "X", Role.CS))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.user.username-invalid");
        assertThatThrownBy(() -> TestData.asAdmin(() -> users.createUser(new NewUserCommand("Admin", "Admin 2", Role.ADMIN))))
                .hasMessageContaining("error.user.username-taken");
        assertThatThrownBy(() -> TestData.asAdmin(() -> users.createUser(new NewUserCommand(unique("kosong"), "  ", Role.CS))))
                .hasMessageContaining("error.user.display-name-required");
    }

    @Test
    void an_admin_changes_a_role_with_the_version_seen_and_a_stale_version_changes_nothing() {
        IssuedPassword issued = testUsers.withGeneratedPassword(unique("rina"), Role.CS);
        UserRow row = row(issued.username());

        assertThatThrownBy(() -> TestData.as("cs", "CS", () -> {
            users.changeRole(row.id(), row.version(), Role.ADMIN);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        TestData.asAdmin(() -> {
            users.changeRole(row.id(), row.version(), Role.GUDANG);
            return null;
        });
        assertThatThrownBy(() -> TestData.asAdmin(() -> {
            users.changeRole(row.id(), row.version(), Role.ADMIN);
            return null;
        })).hasMessageContaining("error.user.stale");

        assertThat(users.findByUsername(issued.username()).orElseThrow().getRole()).isEqualTo(Role.GUDANG);
        assertThat(audit(issued.userId())).containsExactly("CREATED CS by admin", "ROLE_CHANGED CS → GUDANG by admin");
    }

    @Test
    void an_admin_disables_and_enables_a_user_and_others_may_not() {
        IssuedPassword issued = testUsers.withGeneratedPassword(unique("dewi"), Role.GUDANG);

        assertThatThrownBy(() -> TestData.as("gudang", "GUDANG", () -> {
            users.setEnabled(issued.userId(), row(issued.username()).version(), false);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        TestData.asAdmin(() -> {
            users.setEnabled(issued.userId(), row(issued.username()).version(), false);
            return null;
        });
        assertThat(row(issued.username()).enabled()).isFalse();
        assertThat(userDetails.loadUserByUsername(issued.username()).isEnabled()).isFalse();

        TestData.asAdmin(() -> {
            users.setEnabled(issued.userId(), row(issued.username()).version(), true);
            return null;
        });
        assertThat(row(issued.username()).enabled()).isTrue();
        assertThat(audit(issued.userId())).containsExactly("CREATED GUDANG by admin", "DISABLED by admin", "ENABLED by admin");
    }

    @Test
    void the_last_active_admin_can_be_neither_disabled_nor_demoted() {
        IssuedPassword solo = testUsers.withGeneratedPassword(unique("solo"), Role.ADMIN);
        List<Long> otherAdmins = jdbc.queryForList(
                "SELECT id FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE AND id <> ?", Long.class, solo.userId());
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE role = 'ADMIN' AND id <> ?", solo.userId());
        try {
            assertThatThrownBy(() -> TestData.asAdmin(() -> {
                users.setEnabled(solo.userId(), row(solo.username()).version(), false);
                return null;
            })).isInstanceOf(BusinessException.class).hasMessageContaining("error.user.last-admin");
            assertThatThrownBy(() -> TestData.asAdmin(() -> {
                users.changeRole(solo.userId(), row(solo.username()).version(), Role.CS);
                return null;
            })).hasMessageContaining("error.user.last-admin");
            assertThat(row(solo.username())).extracting(UserRow::enabled, UserRow::role).containsExactly(true, Role.ADMIN);
        } finally {
            otherAdmins.forEach(id -> jdbc.update("UPDATE app_user SET enabled = TRUE WHERE id = ?", id));
        }
        // with another active admin the same change is fine
        TestData.asAdmin(() -> {
            users.changeRole(solo.userId(), row(solo.username()).version(), Role.CS);
            return null;
        });
        assertThat(row(solo.username()).role()).isEqualTo(Role.CS);
    }

    @Test
    void an_admin_resets_a_password_the_old_one_stops_working_and_the_new_one_must_be_changed() {
        String name = unique("tono");
        testUsers.ensure(name, "kopi-susu-gula-aren", Role.CS);
        UserRow row = row(name);

        assertThatThrownBy(() -> TestData.as("cs", "CS", () -> users.resetPassword(row.id(), row.version())))
                .isInstanceOf(AccessDeniedException.class);
        IssuedPassword issued = TestData.asAdmin(() -> users.resetPassword(row.id(), row.version()));

        String hash = userDetails.loadUserByUsername(name).getPassword();
        assertThat(passwordEncoder.matches("kopi-susu-gula-aren", hash)).isFalse();
        assertThat(passwordEncoder.matches(issued.password(), hash)).isTrue();
        assertThat(row(name).passwordChangeRequired()).isTrue();
        assertThat(audit(row.id())).endsWith("PASSWORD_RESET by admin");
    }

    @Test
    void changing_the_own_password_needs_the_current_one_and_a_password_that_meets_the_policy() {
        IssuedPassword issued = testUsers.withGeneratedPassword(unique("sari"), Role.CS);
        String name = issued.username();

        assertThatThrownBy(() -> users.changeOwnPassword(issued.password(), "teh-manis-dingin"))
                .as("nobody signed in").isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(refusal(name, "salah-sekali-123", "teh-manis-dingin")).isEqualTo("error.user.current-password-wrong");
        assertThat(refusal(name, issued.password(), "pendek")).isEqualTo("error.user.password-too-short");
        assertThat(refusal(name, issued.password(), "Password123")).isEqualTo("error.user.password-too-common");
        assertThat(refusal(name, issued.password(), "qwertyuiop")).isEqualTo("error.user.password-too-common");
        assertThat(row(name).passwordChangeRequired()).as("refusals change nothing").isTrue();

        TestData.as(name, "CS", () -> {
            users.changeOwnPassword(issued.password(), "teh-manis-dingin");
            return null;
        });

        assertThat(row(name).passwordChangeRequired()).isFalse();
        assertThat(passwordEncoder.matches("teh-manis-dingin", userDetails.loadUserByUsername(name).getPassword())).isTrue();
        assertThat(audit(issued.userId())).endsWith("PASSWORD_CHANGED by " + name);
    }

    @Test
    void a_password_equal_to_the_username_is_refused() {
        String name = unique("panjangsekali");
        IssuedPassword issued = testUsers.withGeneratedPassword(name, Role.CS);

        assertThat(refusal(name, issued.password(), " " + name.toUpperCase(Locale.ROOT))).isEqualTo("error.user.password-is-username");
    }

    @Test
    void only_admins_read_the_user_list_and_the_sign_in_log() {
        assertThatThrownBy(() -> TestData.as("cs", "CS", () -> users.users(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as("cs", "CS", () -> users.signInLog(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThat(TestData.asAdmin(() -> users.users(0, 50))).extracting(UserRow::username).contains("admin");
    }

    @Test
    void someone_not_in_the_database_is_never_asked_to_change_a_password() {
        assertThat(TestData.as("system", "CS", users::currentUserMustChangePassword)).isFalse();
        assertThat(users.currentUserMustChangePassword()).isFalse();
    }

    private String refusal(String username, String current, String fresh) {
        try {
            TestData.as(username, "CS", () -> {
                users.changeOwnPassword(current, fresh);
                return null;
            });
            return "accepted";
        } catch (BusinessException e) {
            return e.messageKey();
        }
    }

    private UserRow row(String username) {
        return TestData.asAdmin(() -> users.users(0, 10_000)).stream()
                .filter(r -> r.username().equals(username)).findFirst().orElseThrow();
    }

    private List<String> audit(long userId) {
        return jdbc.queryForList("SELECT CONCAT(action, IF(detail IS NULL, '', CONCAT(' ', detail)), ' by ', changed_by)"
                + " FROM app_user_change WHERE user_id = ? ORDER BY id", String.class, userId);
    }

    private static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + System.nanoTime() % 100_000;
    }
}
