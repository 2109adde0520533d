package id.orderan.bench.load;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The run's hard limits: at most so many requests and an end time, after which every virtual staff
 * member stops at its next request. Whatever the ramp decides, the harness cannot run away.
 */
public final class Budget {

    private final AtomicLong requestsLeft;
    private final long deadlineNanos;
    private final long maxRequests;

    public Budget(long maxRequests, long seconds) {
        this.maxRequests = maxRequests;
        this.requestsLeft = new AtomicLong(maxRequests);
        this.deadlineNanos = System.nanoTime() + seconds * 1_000_000_000L;
    }

    /** Counts one request; refuses it once the budget or the time is spent. */
    public void take() {
        if (requestsLeft.decrementAndGet() < 0 || System.nanoTime() > deadlineNanos) {
            throw new Exhausted();
        }
    }

    public boolean spent() {
        return requestsLeft.get() <= 0 || System.nanoTime() > deadlineNanos;
    }

    public long used() {
        return maxRequests - Math.max(0, requestsLeft.get());
    }

    /** Thrown into a staff member's loop to stop it. */
    public static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("request budget or time spent", null, false, false);
        }
    }
}
