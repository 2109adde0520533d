package id.orderan.warehouse.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import id.orderan.order.OrderCreated;
import id.orderan.order.OrderStatusChanged;
import id.orderan.warehouse.ManifestClosed;
import id.orderan.warehouse.OrderPacked;
import id.orderan.warehouse.PackingStartedOver;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open Gudang screens that their queues moved, after the change committed: a new order, a
 * status move (paid → Siap dikemas, resi → Siap diserahkan, cancelled → gone) or a packed order
 * ({@link OrderPacked}). Like List Order's broadcaster, changes are coalesced into at most one push per
 * screen every {@value #TICK_MILLIS} ms, so a bulk resi of 500 rows costs each tablet one refresh.
 *
 * @see <a href="../../../../../../../docs/decisions/0171-gudang-home-live-updates.md">0171</a>
 */
@Component
class WarehouseBroadcaster {

    static final long TICK_MILLIS = 700;

    private final Map<UI, Runnable> listeners = new ConcurrentHashMap<>();
    private final AtomicBoolean changed = new AtomicBoolean();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "warehouse-push");
        thread.setDaemon(true);
        return thread;
    });

    WarehouseBroadcaster() {
        ticker.scheduleWithFixedDelay(this::pushIfChanged, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    Registration register(UI ui, Runnable onChange) {
        listeners.put(ui, onChange);
        return () -> listeners.remove(ui, onChange);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderCreated event) {
        changed.set(true);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderStatusChanged event) {
        changed.set(true);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderPacked event) {
        changed.set(true);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ManifestClosed event) {
        changed.set(true);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PackingStartedOver event) {
        if (event.wasPacked()) { // dropping partial ticks moves no order between the queues
            changed.set(true);
        }
    }

    /** Whether a push is waiting (for tests, which call {@link #pushIfChanged} themselves). */
    boolean pending() {
        return changed.get();
    }

    void pushIfChanged() {
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

    @PreDestroy
    void stop() {
        ticker.shutdownNow();
    }
}
