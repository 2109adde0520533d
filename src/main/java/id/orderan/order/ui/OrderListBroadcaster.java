package id.orderan.order.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import id.orderan.order.OrderCreated;
import id.orderan.order.OrderStatusChanged;
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
 * Tells open order lists that orders changed, after the change committed. Changes are coalesced
 * into at most one push per UI every {@value #TICK_MILLIS} ms, so a bulk update of a hundred
 * orders costs each open screen one refresh, and every screen is current within about a second.
 */
@Component
class OrderListBroadcaster {

    static final long TICK_MILLIS = 700;

    private final Map<UI, Runnable> listeners = new ConcurrentHashMap<>();
    private final AtomicBoolean changed = new AtomicBoolean();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "order-list-push");
        thread.setDaemon(true);
        return thread;
    });

    OrderListBroadcaster() {
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
