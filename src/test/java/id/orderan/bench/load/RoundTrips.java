package id.orderan.bench.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Server round trips as the staff wait for them: request sent → whole answer read, in nanoseconds, per
 * ramp step (a window that {@link #nextWindow} closes) and per kind over the whole run. Kinds whose name
 * starts with {@code "pdf "} (a label's render, bounded by the render slots) or {@code "arrive: "} (the
 * sign-in and first page of a staff member joining, a burst at each step of a ramp that happens once a day
 * at work) have their own figures but are left out of a window's percentiles, which judge the screens
 * while staff work. Sorted arrays rather than a histogram
 * library: a run holds at most a few hundred thousand samples.
 */
public final class RoundTrips {

    /** Samples of one step. */
    public static final class Window {
        private long[] samples = new long[4096];
        private int size;
        final LongAdder errors = new LongAdder();
        final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
        final long startNanos = System.nanoTime();

        synchronized void add(long nanos) {
            if (size == samples.length) {
                samples = Arrays.copyOf(samples, size * 2);
            }
            samples[size++] = nanos;
        }

        public synchronized Percentiles percentiles() {
            return Percentiles.of(Arrays.copyOf(samples, size));
        }

        public long errors() {
            return errors.sum();
        }

        public String errorSummary() {
            var sorted = new TreeMap<String, Long>();
            errorKinds.forEach((k, v) -> sorted.put(k, v.sum()));
            return sorted.toString();
        }

        public double seconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }
    }

    /** p50/p95/p99/max in milliseconds of a set of samples, and how many there were. */
    public record Percentiles(long count, double p50, double p95, double p99, double max) {
        static Percentiles of(long[] nanos) {
            if (nanos.length == 0) {
                return new Percentiles(0, 0, 0, 0, 0);
            }
            Arrays.sort(nanos);
            return new Percentiles(nanos.length, at(nanos, 0.50), at(nanos, 0.95), at(nanos, 0.99),
                    nanos[nanos.length - 1] / 1e6);
        }

        private static double at(long[] sorted, double q) {
            return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }

    private final AtomicReference<Window> window = new AtomicReference<>(new Window());
    private final Map<String, Window> byKind = new ConcurrentHashMap<>();

    public void record(String kind, long nanos) {
        if (!kind.startsWith("pdf ") && !kind.startsWith("arrive: ")) {
            window.get().add(nanos);
        }
        byKind.computeIfAbsent(kind, k -> new Window()).add(nanos);
    }

    public void error(String kind, String what) {
        Window current = window.get();
        current.errors.increment();
        current.errorKinds.computeIfAbsent(kind + ": " + what, k -> new LongAdder()).increment();
        byKind.computeIfAbsent(kind, k -> new Window()).errors.increment();
    }

    /** Closes the current step's window and starts the next one. */
    public Window nextWindow() {
        return window.getAndSet(new Window());
    }

    public Window current() {
        return window.get();
    }

    /** Figures per kind over the whole run, sorted by kind. */
    public Map<String, Window> byKind() {
        return new TreeMap<>(byKind);
    }
}
