package id.orderan.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.orderan.base.BusinessException;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns refusals from services into a translated message in the user's language, wherever the
 * exception surfaced in the UI; anything unexpected is logged and shown as a generic error.
 */
@Component
public class UiErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            new DefaultErrorHandler().error(event);
            return;
        }
        Throwable cause = rootCause(event.getThrowable());
        if (cause.getClass().getSimpleName().equals("ClientAbortException")
                || cause instanceof IOException && String.valueOf(cause.getMessage()).contains("Broken pipe")) {
            log.debug("The browser went away mid-response", cause); // nobody left to tell
            return;
        }
        String message;
        if (cause instanceof BusinessException business) {
            message = ui.getTranslation(business.messageKey(), translatedArgs(ui, business.args()));
        } else if (cause instanceof OptimisticLockingFailureException) {
            message = ui.getTranslation("error.concurrent-change");
        } else if (cause instanceof AccessDeniedException) {
            message = ui.getTranslation("error.access-denied");
        } else {
            log.error("Unexpected error in the UI", event.getThrowable());
            message = ui.getTranslation("error.unexpected");
        }
        ui.access(() -> Notifications.error(message));
    }

    /**
     * Arguments that are translation keys themselves (a status label, say) are shown translated; a
     * list of them (the fields an edit may not change) as their translations joined by commas.
     */
    public static Object[] translatedArgs(com.vaadin.flow.component.Component component, Object[] args) {
        Object[] result = args.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof String s && isKey(s)) {
                result[i] = component.getTranslation(s);
            } else if (result[i] instanceof List<?> list) {
                result[i] = list.stream().map(item -> item instanceof String s && isKey(s)
                        ? component.getTranslation(s) : String.valueOf(item))
                        .collect(Collectors.joining(", "));
            }
        }
        return result;
    }

    private static boolean isKey(String s) {
        return s.matches("[a-z]+(\\.[a-z_-]+)+");
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && !(current instanceof BusinessException)
                && !(current instanceof OptimisticLockingFailureException)
                && !(current instanceof AccessDeniedException)) {
            current = current.getCause();
        }
        return current;
    }
}
