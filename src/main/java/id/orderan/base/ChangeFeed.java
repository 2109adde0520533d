package id.orderan.base;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What changed on the other application nodes, by topic ({@code "order"}, {@code "store"}, …; base
 * knows none of them). A feature calls {@link #record} inside the transaction that changes something:
 * one row per transaction and topic is written just before the commit, so it commits or rolls back
 * with the change, and a bulk move of 500 orders in one transaction writes one row. Every node polls
 * the table every {@code orderan.changes.poll-interval} on one daemon thread and runs the local
 * {@link #subscribe subscribers} of the topics other nodes wrote; its own rows are skipped, because
 * its own events already reacted at commit. A single node therefore behaves as before: one indexed
 * query per interval that finds nothing.
 *
 * @see <a href="../../../../../../docs/decisions/0190-change-feed-across-nodes.md">0190 change feed</a>
 */
@Component
@EnableConfigurationProperties(ChangeFeedSettings.class)
public class ChangeFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
    /** Pruning is not worth a query every poll: once a minute per node is plenty for rows kept minutes. */
    private static final long PRUNE_EVERY_NANOS = 60_000_000_000L;
    /** Batches per prune call at most: a backlog goes over several minutes, not in one long stall of the poll. */
    private static final int MAX_PRUNE_BATCHES = 20;

    private final JdbcTemplate jdbc;
    private final ChangeFeedSettings settings;
    private final Map<String, List<Runnable>> subscribers = new ConcurrentHashMap<>();

    /** The highest id read so far; rows above it are new whatever their age. */
    private long highest = -1;
    /** The ids the last poll returned: the only ones a later poll can return again (see {@link #poll}). */
    private Set<Long> seen = Set.of();
    /** Whether a poll ran: the first one only learns what is there. */
    private boolean primed;
    private long lastPrune = System.nanoTime();
    private volatile boolean failing;
    private volatile boolean running;
    private ScheduledExecutorService thread = newThread();

    ChangeFeed(JdbcTemplate jdbc, ChangeFeedSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** This node's name in the feed. */
    public String node() {
        return settings.node();
    }

    /**
     * Notes that {@code topic} changed in the current transaction: one row per transaction and topic,
     * inserted just before the commit (so the id is taken as late as possible, see the window in
     * {@link #poll}). Outside a transaction the row is inserted at once.
     */
    public void record(String topic) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            insert(topic);
            return;
        }
        // looked up among the current synchronizations, not bound as a resource: a REQUIRES_NEW
        // transaction inside gets its own list, so its row commits with it and not with the outer one
        Pending pending = null;
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending candidate && candidate.feed() == this) {
                pending = candidate;
            }
        }
        if (pending == null) {
            pending = new Pending(this);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.add(topic);
    }

    /** Runs {@code onChange} on the feed's thread whenever another node recorded {@code topic}. */
    public Subscription subscribe(String topic, Runnable onChange) {
        List<Runnable> list = subscribers.computeIfAbsent(topic, key -> new CopyOnWriteArrayList<>());
        list.add(onChange);
        return () -> list.remove(onChange);
    }

    /**
     * Reads what other nodes recorded since the last poll and runs the subscribers, each topic once.
     * Auto-increment ids are taken at insert but become visible at commit, so a lower id can appear
     * after a higher one was read: every poll reads the rows above the highest id seen plus every row
     * created within {@code window}, and delivers only the ids the previous poll did not return. A row
     * the previous poll did return but this one does not is older than the window and at most the
     * highest id, so it can never come back: the set of ids to skip is just the last result.
     */
    public synchronized void poll() {
        if (highest < 0) { // a starting node has no screens or caches that older rows could concern
            Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM change_feed", Long.class);
            highest = max == null ? 0 : max;
        }
        boolean priming = !primed;
        List<Row> rows = jdbc.query("SELECT id, topic, node FROM change_feed WHERE id > ? "
                + "UNION SELECT id, topic, node FROM change_feed WHERE created_at >= NOW(3) - INTERVAL ? MICROSECOND",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)), highest,
                settings.window().toNanos() / 1000);
        Set<Long> returned = new HashSet<>(rows.size() * 2);
        Set<String> topics = new LinkedHashSet<>();
        for (Row row : rows) {
            returned.add(row.id());
            highest = Math.max(highest, row.id());
            if (!priming && !seen.contains(row.id()) && !row.node().equals(settings.node())) {
                topics.add(row.topic());
            }
        }
        seen = returned;
        primed = true;
        for (String topic : topics) {
            for (Runnable subscriber : subscribers.getOrDefault(topic, List.of())) {
                try {
                    subscriber.run();
                } catch (RuntimeException e) {
                    log.warn("A subscriber of change topic {} failed", topic, e);
                }
            }
        }
        if (System.nanoTime() - lastPrune > PRUNE_EVERY_NANOS) {
            prune();
        }
    }

    /**
     * Deletes rows older than {@code keep}, in batches of {@code prune-batch} (any node may; two nodes
     * pruning at once only delete the same old rows). Returns how many went.
     */
    public int prune() {
        lastPrune = System.nanoTime();
        int total = 0;
        for (int i = 0; i < MAX_PRUNE_BATCHES; i++) {
            int deleted = jdbc.update("DELETE FROM change_feed WHERE created_at < NOW(3) - INTERVAL ? MICROSECOND "
                    + "ORDER BY created_at LIMIT ?", settings.keep().toNanos() / 1000, settings.pruneBatch());
            total += deleted;
            if (deleted < settings.pruneBatch()) {
                break;
            }
        }
        return total;
    }

    private void insert(String topic) {
        jdbc.update("INSERT INTO change_feed (topic, node) VALUES (?, ?)", topic, settings.node());
    }

    private void pollSafely() {
        try {
            poll();
            if (failing) {
                failing = false;
                log.info("Change feed readable again");
            }
        } catch (RuntimeException e) {
            if (!failing) { // a database outage would otherwise log twice a second
                failing = true;
                log.warn("Change feed poll failed; retrying every {} ms", settings.pollInterval().toMillis(), e);
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        long every = settings.pollInterval().toMillis();
        if (every <= 0) {
            return;
        }
        if (thread.isShutdown()) {
            thread = newThread();
        }
        thread.scheduleWithFixedDelay(this::pollSafely, 0, every, TimeUnit.MILLISECONDS);
        log.info("Change feed node {} polling every {} ms", settings.node(), every);
    }

    @Override
    public synchronized void stop() {
        running = false;
        thread.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static ScheduledExecutorService newThread() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "change-feed");
            t.setDaemon(true);
            return t;
        });
    }

    /** Cancels a {@link #subscribe subscription}. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private record Row(long id, String topic, String node) {
    }

    /** The topics one transaction recorded, written just before it commits (after everything else). */
    private static final class Pending implements TransactionSynchronization {

        private final ChangeFeed feed;
        private final Set<String> topics = new LinkedHashSet<>();
        private boolean written;

        Pending(ChangeFeed feed) {
            this.feed = feed;
        }

        ChangeFeed feed() {
            return feed;
        }

        void add(String topic) {
            if (topics.add(topic) && written) { // recorded by another synchronization after ours wrote
                feed.insert(topic);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            topics.forEach(feed::insert);
            written = true;
        }
    }
}
