package id.orderan.order;

import id.orderan.base.ChangeFeed;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * List Order results shared by the screens of this node for one "change generation": after a save,
 * every open List Order on the tab and filter is refreshed by the live push, and without this each of
 * them read the same counts and page again (staff × saves reads). Now the first screen reads and the
 * others get its raw result; money is still withheld per caller by {@link OrderQueryService}.
 *
 * <p>The generation moves on at every local order commit (the events that drive the live push) and at
 * every other node's {@link OrderFeed} row, before the push that follows them: this class's listeners
 * run first ({@link Order}, and the broadcaster depends on this bean so it subscribes to the feed later).
 * A read that began in an older generation is not kept, so a read racing a commit never serves the old
 * state to the screens that the commit's push refreshes. Only live refreshes use these results: what a
 * user asks for (a tab, a search, a page after their own save) is read fresh.
 *
 * @see <a href="../../../../../../docs/decisions/0215-shared-list-order-results-per-change.md">0215 shared results</a>
 */
@Component
class OrderListSnapshots {

    /** Distinct (filter, sort, range) results kept per generation: tabs × searches in use on one node. */
    static final int MAX_ENTRIES = 512;

    record Page(List<OrderListQuery.Row> rows, Map<Long, List<OrderRow.ProductQuantity>> products) {
    }

    private record Entry(long generation, Object value) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final ChangeFeed.Subscription otherNodes;

    OrderListSnapshots(ChangeFeed feed) {
        otherNodes = feed.subscribe(OrderFeed.TOPIC, this::changed);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(OrderCreated event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(OrderStatusChanged event) {
        changed();
    }

    /** Orders changed (committed): results read so far are old. */
    void changed() {
        generation.incrementAndGet();
        entries.clear();
    }

    long generation() {
        return generation.get();
    }

    /** The result for {@code key} in this generation, read by {@code reader} if no screen read it yet. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> reader) {
        long current = generation.get();
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == current) {
            return (T) entry.value();
        }
        T value = reader.get();
        // kept only if no commit happened meanwhile: the read may predate it
        if (generation.get() == current && entries.size() < MAX_ENTRIES) {
            Entry kept = new Entry(current, value);
            entries.put(key, kept);
            if (generation.get() != current) {
                entries.remove(key, kept); // a commit cleared the map between the check and the put
            }
        }
        return value;
    }

    @PreDestroy
    void stop() {
        otherNodes.close();
    }
}
