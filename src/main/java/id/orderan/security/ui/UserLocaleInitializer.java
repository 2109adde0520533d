package id.orderan.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.orderan.security.UserService;
import org.springframework.stereotype.Component;

/**
 * Every new UI speaks the signed-in user's language (Indonesian before sign-in), whatever the
 * browser's Accept-Language says: many Indonesian tablets are set to English.
 */
@Component
class UserLocaleInitializer implements VaadinServiceInitListener {

    private final UserService userService;

    UserLocaleInitializer(UserService userService) {
        this.userService = userService;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(userService.currentUserLocale()));
    }
}
