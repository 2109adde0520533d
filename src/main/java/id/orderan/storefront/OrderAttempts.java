package id.orderan.storefront;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The table {@code order_attempt}: one row per counted submission (decision 0146), so the hourly
 * limits hold across nodes. Every query walks an index of (key, time).
 */
@Component
class OrderAttempts {

    static final Duration WINDOW = Duration.ofHours(1);
    /** Rows older than this never matter again (the window with room). */
    static final Duration KEPT = Duration.ofDays(1);
    /** How often one node prunes, and how many rows one prune deletes at most. */
    static final Duration PRUNE_EVERY = Duration.ofMinutes(10);
    static final int PRUNE_BATCH = 1_000;

    enum Key {
        PHONE("phone"),
        ADDRESS("client_address");

        final String column;

        Key(String column) {
            this.column = column;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.EPOCH);

    OrderAttempts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Seconds until this key may submit again under {@code limit} per hour, or 0 when it may now.
     * With {@code n} counted attempts in the window it may once the {@code n - limit + 1}-th oldest
     * has left it.
     */
    long waitSeconds(Key key, String value, int limit, Instant now) {
        if (limit <= 0) {
            return 0;
        }
        LocalDateTime since = utc(now.minus(WINDOW));
        String where = " FROM order_attempt WHERE " + key.column + " = ? AND attempted_at > ?";
        long count = jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, value, since);
        if (count < limit) {
            return 0;
        }
        List<LocalDateTime> leaving = jdbc.queryForList("SELECT attempted_at" + where
                + " ORDER BY attempted_at LIMIT 1 OFFSET " + (count - limit), LocalDateTime.class, value, since);
        Instant free = leaving.isEmpty() ? now.plus(WINDOW) : leaving.getFirst().toInstant(ZoneOffset.UTC).plus(WINDOW);
        return Math.max(1, Duration.between(now, free).toSeconds() + 1);
    }

    void record(@Nullable String phone, String clientAddress, Instant at) {
        jdbc.update("INSERT INTO order_attempt (phone, client_address, attempted_at) VALUES (?, ?, ?)", phone,
                clientAddress, utc(at));
    }

    /**
     * Deletes rows older than {@link #KEPT}, at most {@link #PRUNE_BATCH} and at most every
     * {@link #PRUNE_EVERY} per node: a cheap indexed range delete, never a sweep of the table.
     * Returns the rows deleted.
     */
    int pruneIfDue() {
        Instant now = clock.instant();
        Instant last = lastPrune.get();
        if (Duration.between(last, now).compareTo(PRUNE_EVERY) < 0 || !lastPrune.compareAndSet(last, now)) {
            return 0;
        }
        return prune(now);
    }

    int prune(Instant now) {
        return jdbc.update("DELETE FROM order_attempt WHERE attempted_at < ? ORDER BY attempted_at LIMIT "
                + PRUNE_BATCH, utc(now.minus(KEPT)));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
