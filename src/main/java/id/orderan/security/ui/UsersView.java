package id.orderan.security.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.JakartaTime;
import id.orderan.base.ui.Badge;
import id.orderan.security.AppRoles;
import id.orderan.security.UserRow;
import id.orderan.security.UserService;
import jakarta.annotation.security.RolesAllowed;

/**
 * Pengaturan › Pengguna: the seller's staff accounts. Admins create accounts (the generated first
 * password is shown once), change roles, disable/enable and reset passwords; the rules (last admin,
 * stale rows) are UserService's.
 */
@Route("settings/users")
@RolesAllowed(AppRoles.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<UserRow> grid = new Grid<>(UserRow.class, false);
    private final UserDialogs dialogs;

    public UsersView(UserService users) {
        this.dialogs = new UserDialogs(users, grid.getDataProvider()::refreshAll);
        addClassName("orderan-page");
        setSizeFull();

        var add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), e -> dialogs.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-user");
        var header = new HorizontalLayout(new H2(getTranslation("users.title")), add);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.addColumn(UserRow::username).setKey("username").setHeader(getTranslation("users.column.username")).setAutoWidth(true);
        grid.addColumn(UserRow::displayName).setKey("displayName").setHeader(getTranslation("users.column.display-name")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation(row.role().labelKey())).setKey("role").setHeader(getTranslation("users.column.role")).setAutoWidth(true);
        grid.addComponentColumn(row -> row.enabled()
                        ? Badge.of(getTranslation("users.active"), "sukses")
                        : Badge.of(getTranslation("users.disabled"), "cancel"))
                .setKey("status").setHeader(getTranslation("users.column.status")).setAutoWidth(true);
        grid.addColumn(row -> row.lastSignInAt() == null ? "—" : JakartaTime.format(row.lastSignInAt(), getLocale()))
                .setKey("lastSignIn").setHeader(getTranslation("users.column.last-sign-in")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> users.users(query.getOffset(), query.getLimit()).stream(),
                query -> (int) users.countUsers());
        grid.setSizeFull();
        add(header, grid);
    }

    private HorizontalLayout actions(UserRow row) {
        var role = small(getTranslation("users.change-role"), e -> dialogs.changeRole(row));
        role.setId("role-" + row.username());
        var toggle = small(getTranslation(row.enabled() ? "users.disable" : "users.enable"),
                e -> dialogs.setEnabled(row, !row.enabled()));
        toggle.setId((row.enabled() ? "disable-" : "enable-") + row.username());
        var reset = small(getTranslation("users.reset-password"), e -> dialogs.resetPassword(row));
        reset.setId("reset-" + row.username());
        var actions = new HorizontalLayout(role, toggle, reset);
        actions.setSpacing(false);
        return actions;
    }

    private static Button small(String text, ComponentEventListener<ClickEvent<Button>> click) {
        var button = new Button(text, click);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · Orderan";
    }
}
