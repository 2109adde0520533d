package id.orderan.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Long work started from a dialog (exports, imports): it runs on a small pool of daemon threads,
 * never holding the Vaadin session lock, as the signed-in user (the security context of the click
 * is carried over, so the services check roles and mask money for this user, not for
 * {@code SystemUser}), and talks back to the screen only through {@link UI#access} with push.
 * Two threads: two large exports at once are the most the 2-core servers we target should do.
 */
public final class BackgroundWork {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "orderan-data-io");
        thread.setDaemon(true);
        return thread;
    });

    private BackgroundWork() {}

    /** Call on the UI thread (inside a click listener): the current user's context is captured now. */
    public static Future<?> start(Runnable work) {
        return POOL.submit(new DelegatingSecurityContextRunnable(work));
    }

    /** Updates the screen from the working thread; does nothing once the UI is gone. */
    public static void access(UI ui, Command command) {
        if (ui.isClosing()) {
            return;
        }
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // the tab was closed while working: nobody is left to tell
        }
    }
}
