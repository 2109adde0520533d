package id.orderan.order;

import id.orderan.base.ChangeFeed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The courier list in memory: a few dozen rows asked for on many screens and for every shipment
 * loaded (its courier's name), so it is read once with plain JDBC (also safe while Hibernate loads an
 * entity) and forgotten when an admin's change commits here, when another node's change arrives through
 * the {@link ChangeFeed} (about a second), and at the latest after {@link #MAX_AGE_NANOS} should a feed row
 * be missed. No role check: {@link CourierService} is the boundary; this also serves {@link CourierConverter}.
 *
 * @see <a href="../../../../../../docs/decisions/0190-change-feed-across-nodes.md">0190 change feed</a>
 * @see <a href="../../../../../../docs/decisions/0191-node-caches-forgotten-through-the-feed.md">0191 caches</a>
 */
@Component
class CourierDirectory {

    /** The {@link ChangeFeed} topic a courier change records: other nodes forget their list. */
    static final String TOPIC = "courier";

    private final JdbcTemplate jdbc;
    private final ChangeFeed feed;
    /** Moves on at every {@link #forget}: a load that started before it must not keep what it read. */
    private final AtomicLong generation = new AtomicLong();
    /** How long a loaded list is trusted when nothing on this node changed it (another node may have). */
    static final long MAX_AGE_NANOS = 60_000_000_000L;

    private volatile @Nullable Map<String, CourierDetails> cached;
    private volatile long loadedAt;

    CourierDirectory(JdbcTemplate jdbc, ChangeFeed feed) {
        this.jdbc = jdbc;
        this.feed = feed;
        feed.subscribe(TOPIC, this::forget);
    }

    /** Every courier, active or not, in list order. */
    List<CourierDetails> all() {
        return List.copyOf(byCode().values());
    }

    @Nullable CourierDetails get(String code) {
        return byCode().get(code);
    }

    /** The courier stored under this code, its code as its name when it is not in the list. */
    Courier courier(String code) {
        CourierDetails details = get(code);
        return details == null ? Courier.stored(code) : details.courier();
    }

    /**
     * After the current transaction commits (or now, outside one): the next read loads the table, here
     * and, through the feed row written in the same transaction, on the other nodes.
     */
    void changed() {
        feed.record(TOPIC);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        } else {
            forget();
        }
    }

    void forget() {
        generation.incrementAndGet();
        cached = null;
    }

    private Map<String, CourierDetails> byCode() {
        Map<String, CourierDetails> map = cached;
        if (map == null || System.nanoTime() - loadedAt > MAX_AGE_NANOS) {
            long before = generation.get();
            map = new LinkedHashMap<>();
            for (CourierDetails row : jdbc.query("SELECT code, name, services, tracking_url_template, "
                    + "template_verified, active, position, version, updated_by, updated_at FROM courier "
                    + "ORDER BY position, id", (rs, i) -> details(rs))) {
                map.put(row.code(), row);
            }
            map = java.util.Collections.unmodifiableMap(map);
            if (generation.get() == before) {
                loadedAt = System.nanoTime();
                cached = map;
            }
        }
        return map;
    }

    private static CourierDetails details(ResultSet rs) throws SQLException {
        String services = rs.getString("services");
        List<String> list = services == null || services.isBlank() ? List.of()
                : Arrays.stream(services.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new CourierDetails(Courier.of(rs.getString("code"), rs.getString("name")), list,
                rs.getString("tracking_url_template"), rs.getBoolean("template_verified"), rs.getBoolean("active"),
                rs.getInt("position"), rs.getLong("version"), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
