package id.orderan.support;

import id.orderan.security.IssuedPassword;
import id.orderan.security.NewUserCommand;
import id.orderan.security.Role;
import id.orderan.security.UserService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Staff accounts for tests, made the way a shop makes them: an admin creates, the user sets a password. */
@Component
public class TestUsers {

    private final UserService users;
    private final JdbcTemplate jdbc;

    TestUsers(UserService users, JdbcTemplate jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    /** Back to a shop that has only the admin of the first start (with their audit rows kept). */
    public void onlyTheFirstAdmin() {
        jdbc.update("DELETE c FROM app_user_change c JOIN app_user u ON u.id = c.user_id WHERE u.username <> 'admin'");
        jdbc.update("DELETE FROM app_user WHERE username <> 'admin'");
    }

    /** A user with this password that needs no password change (created once per test run). */
    public void ensure(String username, String password, Role role) {
        if (users.findByUsername(username).isPresent()) {
            return;
        }
        IssuedPassword issued = withGeneratedPassword(username, role);
        TestData.as(issued.username(), role.name(), () -> {
            users.changeOwnPassword(issued.password(), password);
            return null;
        });
    }

    /** A new user as an admin creates it: with a generated password that must be changed at sign-in. */
    public IssuedPassword withGeneratedPassword(String username, Role role) {
        return TestData.asAdmin(() -> users.createUser(new NewUserCommand(username, "Uji " + username, role)));
    }
}
