package id.orderan.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Consistent toasts: errors stay until closed so nobody misses why a save failed. */
public final class Notifications {

    private Notifications() {}

    public static Notification success(String message) {
        var notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    public static Notification error(String message) {
        var notification = new Notification(message, 0, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("orderan-error");
        notification.setAssertive(true);
        notification.getElement().addEventListener("click", e -> notification.close());
        notification.open();
        return notification;
    }
}
