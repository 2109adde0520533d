package id.orderan.followup;

import id.orderan.security.SystemUser;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import jakarta.mail.MessagingException;
import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, on one background thread per node: woken after a commit that queued
 * an email, and every {@code orderan.outbox.poll-interval} anyway, so rows queued before a restart
 * (or left by a dead node, once its lease ran out) go out without anyone asking. No transaction is
 * open while it talks to the SMTP server.
 *
 * @see "docs/decisions/0091-outbox-lease-and-at-least-once.md"
 * @see <a href="../../../../../../docs/decisions/0120-background-work-as-the-system-user.md">0120 background work as the system user</a>
 */
@Component
class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final FollowUpOutbox outbox;
    private final FollowUpMail mail;
    private final StoreService store;
    private final OutboxSettings settings;
    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile boolean running;
    private volatile boolean held;
    private volatile long lastSend;
    private ScheduledExecutorService thread = newThread();

    OutboxWorker(FollowUpOutbox outbox, FollowUpMail mail, StoreService store, OutboxSettings settings) {
        this.outbox = outbox;
        this.mail = mail;
        this.store = store;
        this.settings = settings;
    }

    private static ScheduledExecutorService newThread() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "outbox-worker");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public synchronized void start() {
        if (thread.isShutdown()) {
            thread = newThread();
        }
        running = true;
        long every = Math.max(50, settings.pollInterval().toMillis());
        thread.scheduleWithFixedDelay(this::drainSafely, 0, every, TimeUnit.MILLISECONDS);
        log.info("Email outbox worker {} polling every {} ms", settings.node(), every);
    }

    @Override
    public synchronized void stop() {
        running = false;
        thread.shutdown();
        try {
            thread.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            outbox.release(settings.node());
        } catch (RuntimeException e) {
            log.warn("Could not give back claimed emails; they return when the lease ends", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After a commit that queued an email: run soon, once, however many commits asked. */
    void wake() {
        if (running && !held && wakeQueued.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    wakeQueued.set(false);
                    drainSafely();
                });
            } catch (RejectedExecutionException e) {
                wakeQueued.set(false); // stopping
            }
        }
    }

    /** Tests: this node stops taking rows (a run in progress finishes first), as if it were down. */
    void hold() {
        held = true;
        draining.lock();
        draining.unlock();
    }

    void release() {
        held = false;
        wake();
    }

    /** Sends everything due now, batch by batch, on the calling thread. */
    void drain() {
        SystemUser.wrap(this::drainBatches).run();
    }

    private void drainSafely() {
        try {
            drain();
        } catch (RuntimeException e) {
            // e.g. the database is away: the rows stay, the next poll tries again
            log.warn("Email outbox run stopped: {}", e.toString());
        }
    }

    private void drainBatches() {
        if (held || !draining.tryLock()) {
            return;
        }
        try (FollowUpMail.Connection smtp = mail.connection()) {
            while (running && !held) {
                List<Long> batch = outbox.claim(settings.node(), settings.batchSize());
                if (batch.isEmpty()) {
                    return;
                }
                StoreProfile profile = store.profile();
                for (long id : batch) {
                    if (!running || held) {
                        return; // the rest goes back with release() or when the lease ends
                    }
                    send(id, profile, smtp);
                }
            }
        } finally {
            draining.unlock();
        }
    }

    private void send(long id, StoreProfile profile, FollowUpMail.Connection smtp) {
        pace(); // before SENDING: the window in which a crash leaves "may have gone out" stays the SMTP call
        Optional<FollowUpOutbox.Delivery> delivery = outbox.startSending(id, settings.node());
        if (delivery.isEmpty()) {
            return;
        }
        FollowUpOutbox.Delivery d = delivery.get();
        FollowUpOutbox.Failure failure = null;
        try {
            smtp.send(mail.compose(profile, d.to(), d.subject(), d.body(), d.messageId()));
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            failure = FollowUpMail.failure(e);
            log.info("Email {} to {} not sent: {}", id, d.to(), failure.answer());
        }
        outbox.finish(id, settings.node(), failure);
    }

    /** Keeps under the provider's rate limit, if one is set. */
    private void pace() {
        if (settings.maxPerMinute() <= 0) {
            return;
        }
        long gap = 60_000_000_000L / settings.maxPerMinute();
        long wait = lastSend + gap - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lastSend = System.nanoTime();
    }
}
