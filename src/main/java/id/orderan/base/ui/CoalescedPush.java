package id.orderan.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Live refresh of open screens, coalesced: any number of {@link #changed()} calls between two ticks
 * cost each registered UI one push, so a bulk change of hundreds of orders refreshes every screen once
 * and every screen is current within about a tick. The features' broadcasters own one each and decide
 * which committed events count as a change.
 */
public final class CoalescedPush {

    private final Map<UI, Runnable> listeners = new ConcurrentHashMap<>();
    private final AtomicBoolean changed = new AtomicBoolean();
    private final ScheduledExecutorService ticker;

    /** @param threadName names the ticker thread in thread dumps ({@code order-list-push}, …) */
    public CoalescedPush(String threadName, long tickMillis) {
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::pushIfChanged, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    /** {@code onChange} runs in the UI's lock ({@link UI#access}) on the next tick after a change. */
    public Registration register(UI ui, Runnable onChange) {
        listeners.put(ui, onChange);
        return () -> listeners.remove(ui, onChange);
    }

    public void changed() {
        changed.set(true);
    }

    /** Whether a push is waiting (for tests, which call {@link #pushIfChanged} themselves). */
    public boolean pending() {
        return changed.get();
    }

    public void pushIfChanged() {
        if (!changed.getAndSet(false)) {
            return;
        }
        listeners.forEach((ui, onChange) -> {
            try {
                ui.access(onChange::run);
            } catch (UIDetachedException e) {
                listeners.remove(ui);
            }
        });
    }

    public void stop() {
        ticker.shutdownNow();
    }
}
