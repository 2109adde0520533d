package id.orderan.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.orderan.security.UserService;
import org.springframework.stereotype.Component;

/**
 * A user with a generated password (first start, new account, reset) sees nothing but Ganti password
 * until they have chosen their own: every navigation is rerouted there. The services refuse nothing
 * for them (the password is theirs and works), the UI just does not open; users that are not in the
 * database (the system user) are never held here.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final UserService users;

    PasswordChangeGate(UserService users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::holdAtPasswordChange));
    }

    private void holdAtPasswordChange(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        if (users.currentUserMustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
