package id.orderan.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import id.orderan.base.BusinessException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Small helpers shared by dialogs: the primary button, and showing a refusal without losing input. */
public final class Forms {

    private Forms() {}

    public static Button primary(String text) {
        var button = new Button(text);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        return button;
    }

    public static Button secondary(String text) {
        var button = new Button(text);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_LARGE);
        return button;
    }

    public static Dialog dialog(String title) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setCloseOnOutsideClick(false); // a stray tap on a tablet must not throw away typing
        dialog.addClassName("orderan-dialog");
        return dialog;
    }

    /**
     * Runs a service call; a refusal is shown in the user's language and the dialog or form stays open
     * with everything typed, so nothing is lost.
     */
    public static <T> @Nullable T attempt(Component form, Supplier<T> action) {
        try {
            return action.get();
        } catch (BusinessException e) {
            Notifications.error(form.getTranslation(e.messageKey(), UiErrorHandler.translatedArgs(form, e.args())));
            return null;
        }
    }

    /** {@link #attempt(Component, Supplier)} for a call that returns nothing: whether it went through. */
    public static boolean attempt(Component form, Runnable action) {
        return attempt(form, () -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }
}
