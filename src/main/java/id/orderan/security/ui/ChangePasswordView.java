package id.orderan.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.security.UserService;
import jakarta.annotation.security.PermitAll;

/**
 * Ganti password, for every user. Users with a generated password are sent here by
 * {@link PasswordChangeGate} until they have chosen their own.
 */
@Route("settings/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public ChangePasswordView(UserService users) {
        addClassName("orderan-page");
        current.setLabel(getTranslation("password.current"));
        current.setId("current-password");
        fresh.setLabel(getTranslation("password.new"));
        fresh.setId("new-password");
        fresh.setHelperText(getTranslation("password.rules"));
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("repeat-password");
        var save = Forms.primary(getTranslation("password.save"));
        save.setId("save-password");
        save.addClickListener(e -> {
            if (!fresh.getValue().equals(repeat.getValue())) {
                Notifications.error(getTranslation("error.user.password-mismatch"));
                return;
            }
            boolean required = users.currentUserMustChangePassword();
            Boolean done = Forms.attempt(this, () -> {
                users.changeOwnPassword(current.getValue(), fresh.getValue());
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                current.clear();
                fresh.clear();
                repeat.clear();
                Notifications.success(getTranslation("password.changed"));
                if (required) {
                    UI.getCurrent().navigate("");
                }
            }
        });
        var form = new FormLayout(current, fresh, repeat);
        form.setMaxWidth("28rem");
        add(new H2(getTranslation("password.title")));
        if (users.currentUserMustChangePassword()) {
            var why = new Paragraph(getTranslation("password.required"));
            why.setId("password-change-required");
            add(why);
        }
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · Orderan";
    }
}
