package id.orderan.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The courier list in memory: a few dozen rows asked for on many screens and for every shipment
 * loaded (its courier's name), so it is read once with plain JDBC (also safe while Hibernate loads an
 * entity) and forgotten when an admin's change commits, and at the latest after {@link #MAX_AGE_NANOS}
 * so a second application node sees another node's change within a minute. No role check: {@link CourierService} is the
 * boundary; this also serves {@link CourierConverter}.
 */
@Component
class CourierDirectory {

    private final JdbcTemplate jdbc;
    /** How long a loaded list is trusted when nothing on this node changed it (another node may have). */
    static final long MAX_AGE_NANOS = 60_000_000_000L;

    private volatile @Nullable Map<String, CourierDetails> cached;
    private volatile long loadedAt;

    CourierDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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

    /** After the current transaction commits (or now, outside one): the next read loads the table. */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cached = null;
                }
            });
        } else {
            cached = null;
        }
    }

    void forget() {
        cached = null;
    }

    private Map<String, CourierDetails> byCode() {
        Map<String, CourierDetails> map = cached;
        if (map == null || System.nanoTime() - loadedAt > MAX_AGE_NANOS) {
            map = new LinkedHashMap<>();
            for (CourierDetails row : jdbc.query("SELECT code, name, services, tracking_url_template, "
                    + "template_verified, active, position, version, updated_by, updated_at FROM courier "
                    + "ORDER BY position, id", (rs, i) -> details(rs))) {
                map.put(row.code(), row);
            }
            map = java.util.Collections.unmodifiableMap(map);
            loadedAt = System.nanoTime();
            cached = map;
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
