package id.orderan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.support.IntegrationTest;
import id.orderan.support.TestData;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserServiceTest extends IntegrationTest {

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void the_first_start_creates_admin_with_the_configured_password_hashed_with_bcrypt() {
        var admin = userDetails.loadUserByUsername("admin");

        assertThat(admin.getPassword()).startsWith("$2").doesNotContain("rahasia");
        assertThat(passwordEncoder.matches("rahasia-admin-123", admin.getPassword())).isTrue();
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(userDetails.loadUserByUsername(" ADMIN ").getUsername()).as("case-insensitive").isEqualTo("admin");
    }

    @Test
    void generated_passwords_are_long_and_different() {
        String first = users.generatePassword();
        assertThat(first).hasSize(14);
        assertThat(users.generatePassword()).isNotEqualTo(first);
    }

    @Test
    void a_user_can_switch_to_english_and_back() {
        if (users.findByUsername("bahasa").isEmpty()) {
            users.createUser("bahasa", "kata-sandi-panjang", "Uji Bahasa", Role.CS);
        }
        TestData.as("bahasa", "CS", () -> {
            users.changeCurrentUserLocale(Locale.ENGLISH);
            assertThat(users.currentUserLocale()).isEqualTo(Locale.ENGLISH);
            users.changeCurrentUserLocale(Locale.forLanguageTag("id"));
            assertThat(users.currentUserLocale().getLanguage()).isEqualTo("id");
            return null;
        });
    }

    @Test
    void weak_passwords_and_odd_usernames_are_refused() {
        assertThatThrownBy(() -> users.createUser("budi", "pendek", "Budi", Role.CS))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.user.password-too-short");
        assertThatThrownBy(() -> users.createUser("x y", "cukup-panjang-123", "X", Role.CS))
                .hasMessageContaining("error.user.username-invalid");
        assertThatThrownBy(() -> users.createUser("admin", "cukup-panjang-123", "Admin 2", Role.ADMIN))
                .hasMessageContaining("error.user.username-taken");
    }
}
