package id.orderan.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.order.ui.OrderListView;
import id.orderan.security.IssuedPassword;
import id.orderan.security.Role;
import id.orderan.security.SignInRow;
import id.orderan.security.UserRow;
import id.orderan.security.UserService;
import id.orderan.support.KaribuTest;
import id.orderan.support.TestData;
import id.orderan.support.TestUsers;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StaffAccountsUiTest extends KaribuTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    UserService users;

    @Autowired
    TestUsers testUsers;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void an_admin_creates_a_cs_user_in_pengguna_and_sees_the_one_time_password() {
        String name = "rina" + SEQUENCE.incrementAndGet() + System.nanoTime() % 10_000;
        login("admin", "ADMIN");
        navigate(UsersView.class);

        _click(_get(Button.class, spec -> spec.withId("add-user")));
        userSets(_get(TextField.class, spec -> spec.withId("new-username")), name);
        userSets(_get(TextField.class, spec -> spec.withId("new-display-name")), "Rina Customer Service");
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withId("new-role"));
        userSets(role, Role.CS);
        _click(_get(Button.class, spec -> spec.withId("create-user")));

        String password = _get(Span.class, spec -> spec.withId("one-time-password")).getText();
        assertThat(password).hasSize(14);
        _click(_get(Button.class, spec -> spec.withId("close-one-time")));
        assertThat(GridKt._findAll(usersGrid())).extracting(UserRow::username).contains(name);
        var created = users.findByUsername(name).orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.CS);
        assertThat(created.getDisplayName()).isEqualTo("Rina Customer Service");
        assertThat(created.isPasswordChangeRequired()).isTrue();
    }

    @Test
    void a_taken_username_is_refused_in_the_dialog_and_nothing_is_created() {
        login("admin", "ADMIN");
        navigate(UsersView.class);
        long before = TestData.asAdmin(users::countUsers);

        _click(_get(Button.class, spec -> spec.withId("add-user")));
        userSets(_get(TextField.class, spec -> spec.withId("new-username")), "Admin");
        userSets(_get(TextField.class, spec -> spec.withId("new-display-name")), "Admin Kedua");
        _click(_get(Button.class, spec -> spec.withId("create-user")));

        assertThat(TestData.asAdmin(users::countUsers)).isEqualTo(before);
        _assertOne(TextField.class, spec -> spec.withId("new-username")); // the dialog stays open with the typing
    }

    @Test
    void an_admin_disables_a_user_from_the_list() {
        String name = "tono" + SEQUENCE.incrementAndGet() + System.nanoTime() % 10_000;
        testUsers.withGeneratedPassword(name, Role.GUDANG);
        login("admin", "ADMIN");
        navigate(UsersView.class);
        Grid<UserRow> grid = usersGrid();
        int index = GridKt._findAll(grid).stream().map(UserRow::username).toList().indexOf(name);
        var actions = GridKt._getCellComponent(grid, index, "actions");

        _click(_get(actions, Button.class, spec -> spec.withId("disable-" + name)));
        _click(_get(Button.class, spec -> spec.withId("confirm-enabled")));

        assertThat(users.findByUsername(name).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void a_user_with_a_generated_password_is_sent_to_ganti_password_when_opening_orders_until_it_is_changed() {
        IssuedPassword issued = testUsers.withGeneratedPassword("baru" + SEQUENCE.incrementAndGet() + System.nanoTime() % 10_000, Role.CS);
        login(issued.username(), "CS");

        UI.getCurrent().navigate("orders");
        _assertOne(ChangePasswordView.class);
        _assertOne(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("password-change-required"));
        UI.getCurrent().navigate("customers");
        _assertOne(ChangePasswordView.class);

        userSets(_get(PasswordField.class, spec -> spec.withId("current-password")), issued.password());
        userSets(_get(PasswordField.class, spec -> spec.withId("new-password")), "rendang-padang-asli");
        userSets(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "rendang-padang-asli");
        _click(_get(Button.class, spec -> spec.withId("save-password")));

        _assertOne(OrderListView.class);
        assertThat(TestData.as(issued.username(), "CS", users::currentUserMustChangePassword)).isFalse();
    }

    @Test
    void customer_service_can_change_its_password_but_neither_sees_nor_opens_pengguna() {
        login("cs", "CS");
        UI.getCurrent().navigate("orders");
        var labels = new java.util.ArrayList<String>();
        collect(_get(com.vaadin.flow.component.sidenav.SideNav.class).getItems(), labels);
        assertThat(labels).contains("Ganti password").doesNotContain("Pengguna", "Log masuk");

        UI.getCurrent().navigate("settings/users");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(UsersView.class)).isEmpty();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                id.orderan.base.ui.AccessDeniedView.class), com.vaadin.flow.component.html.H2.class,
                spec -> spec.withId("error-title")).getText())
                .isEqualTo("Anda tidak punya akses ke halaman ini");
    }

    /** The list on the Pengguna page (dialogs opened from it hold no grid of users). */
    @SuppressWarnings("unchecked")
    private static Grid<UserRow> usersGrid() {
        return _get(_get(UsersView.class), Grid.class);
    }

    private static void collect(java.util.List<com.vaadin.flow.component.sidenav.SideNavItem> items, java.util.List<String> labels) {
        for (var item : items) {
            labels.add(item.getLabel());
            collect(item.getItems(), labels);
        }
    }

    @Test
    void the_admin_reads_the_sign_in_log() {
        String name = "tamu" + SEQUENCE.incrementAndGet() + System.nanoTime() % 10_000;
        jdbc.update("INSERT INTO sign_in_attempt (attempted_at, username, client_address, outcome)"
                + " VALUES (UTC_TIMESTAMP(6), ?, '198.51.100.7', 'THROTTLED')", name);
        login("admin", "ADMIN");
        SignInLogView view = navigate(SignInLogView.class);
        @SuppressWarnings("unchecked")
        Grid<SignInRow> log = _get(view, Grid.class);

        var row = GridKt._findAll(log).stream().filter(r -> r.username().equals(name)).findFirst().orElseThrow();
        assertThat(row.clientAddress()).isEqualTo("198.51.100.7");
        assertThat(GridKt._getFormatted(log, GridKt._findAll(log).indexOf(row), "outcome")).isEqualTo("Ditahan");
    }
}
