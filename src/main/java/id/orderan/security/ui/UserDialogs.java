package id.orderan.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.security.IssuedPassword;
import id.orderan.security.NewUserCommand;
import id.orderan.security.Role;
import id.orderan.security.UserRow;
import id.orderan.security.UserService;
import java.util.function.Supplier;

/** The dialogs of Pengaturan › Pengguna; each asks UserService and refreshes the grid after a change. */
final class UserDialogs {

    private final UserService users;
    private final Runnable refresh;

    UserDialogs(UserService users, Runnable refresh) {
        this.users = users;
        this.refresh = refresh;
    }

    void create() {
        Dialog dialog = Forms.dialog(text("users.add"));
        var username = new TextField(text("users.column.username"));
        username.setId("new-username");
        username.setHelperText(text("users.username.help"));
        var displayName = new TextField(text("users.column.display-name"));
        displayName.setId("new-display-name");
        Select<Role> role = roleSelect(Role.CS);
        role.setId("new-role");
        var save = Forms.primary(text("users.create"));
        save.setId("create-user");
        save.setDisableOnClick(true); // a double tap never creates the account twice
        save.addClickListener(e -> {
            IssuedPassword issued = Forms.attempt(dialog,
                    () -> users.createUser(new NewUserCommand(username.getValue(), displayName.getValue(), role.getValue())));
            save.setEnabled(true);
            if (issued != null) {
                dialog.close();
                refresh.run();
                showOnce(text("users.created.title"), issued);
            }
        });
        var cancel = Forms.secondary(text("users.cancel"));
        cancel.addClickListener(e -> dialog.close());
        dialog.add(new FormLayout(username, displayName, role));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    void changeRole(UserRow row) {
        Dialog dialog = Forms.dialog(text("users.change-role.title", row.username()));
        Select<Role> role = roleSelect(row.role());
        role.setId("change-role");
        var save = Forms.primary(text("users.save"));
        save.setId("save-role");
        save.addClickListener(e -> done(dialog, () -> {
            users.changeRole(row.id(), row.version(), role.getValue());
            return text("users.role-changed", row.username());
        }));
        var cancel = Forms.secondary(text("users.cancel"));
        cancel.addClickListener(e -> dialog.close());
        dialog.add(role);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    void setEnabled(UserRow row, boolean enabled) {
        Dialog dialog = Forms.dialog(text(enabled ? "users.enable.title" : "users.disable.title", row.username()));
        dialog.add(new Paragraph(text(enabled ? "users.enable.explain" : "users.disable.explain")));
        var confirm = Forms.primary(text(enabled ? "users.enable" : "users.disable"));
        confirm.setId("confirm-enabled");
        confirm.addClickListener(e -> done(dialog, () -> {
            users.setEnabled(row.id(), row.version(), enabled);
            return text(enabled ? "users.enabled-done" : "users.disabled-done", row.username());
        }));
        var cancel = Forms.secondary(text("users.cancel"));
        cancel.addClickListener(e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    void resetPassword(UserRow row) {
        Dialog dialog = Forms.dialog(text("users.reset-password.title", row.username()));
        dialog.add(new Paragraph(text("users.reset-password.explain")));
        var confirm = Forms.primary(text("users.reset-password"));
        confirm.setId("confirm-reset");
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> {
            IssuedPassword issued = Forms.attempt(dialog, () -> users.resetPassword(row.id(), row.version()));
            confirm.setEnabled(true);
            if (issued != null) {
                dialog.close();
                refresh.run();
                showOnce(text("users.reset-done.title"), issued);
            }
        });
        var cancel = Forms.secondary(text("users.cancel"));
        cancel.addClickListener(e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** The generated password, shown this once: it is stored only as a hash. */
    private void showOnce(String title, IssuedPassword issued) {
        Dialog dialog = Forms.dialog(title);
        var password = new Span(issued.password());
        password.setId("one-time-password");
        password.addClassName("orderan-one-time-password");
        dialog.add(new Paragraph(text("users.one-time.username", issued.username())),
                new Paragraph(new Span(text("users.one-time.password") + " "), password),
                new Paragraph(text("users.one-time.explain")));
        var close = Forms.primary(text("users.one-time.close"));
        close.setId("close-one-time");
        close.addClickListener(e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void done(Dialog dialog, Supplier<String> change) {
        String message = Forms.attempt(dialog, change);
        if (message != null) {
            dialog.close();
            refresh.run();
            Notifications.success(message);
        }
    }

    private Select<Role> roleSelect(Role value) {
        var role = new Select<Role>();
        role.setLabel(text("users.column.role"));
        role.setItems(Role.staff());
        role.setItemLabelGenerator(r -> text(r.labelKey()));
        role.setValue(value);
        return role;
    }

    private static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
