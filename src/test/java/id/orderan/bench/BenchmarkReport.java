package id.orderan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Each benchmark owns one marked section of {@code docs/benchmarks.md} and rewrites only that. */
final class BenchmarkReport {

    private BenchmarkReport() {}

    /** Milliseconds per call after a warm-up: {p50, p95, max}. */
    static double[] time(Runnable action, int warmup, int iterations) {
        for (int i = 0; i < warmup; i++) {
            action.run();
        }
        double[] millis = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            action.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(millis);
        return new double[] {millis[iterations / 2], millis[(int) Math.ceil(iterations * 0.95) - 1],
            millis[iterations - 1]};
    }

    /**
     * True when the machine was busier than its cores (1-minute load average) at {@code loadAtStart}: then a
     * timing target measures the neighbours as much as Orderan, so it is reported (❌) but not enforced, with a
     * warning, instead of failing a run on a shared machine.
     */
    static boolean busy(double loadAtStart, String target) {
        int cores = Runtime.getRuntime().availableProcessors();
        boolean busy = loadAtStart > cores;
        if (busy) {
            System.out.printf("[bench] WARNING: load average %.1f on %d cores at the start: target \"%s\" reported,"
                    + " not enforced; rerun on a quiet machine to check it%n", loadAtStart, cores, target);
        }
        return busy;
    }

    /** The 1-minute load average now. */
    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static void replaceSection(Path file, String name, String body) throws IOException {
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        String section = start + "\n" + body.strip() + "\n" + end;
        String current = Files.exists(file) ? Files.readString(file)
                : "# Benchmarks\n\nWritten by the benchmark harnesses; rerun them to refresh a section.\n";
        int from = current.indexOf(start);
        int to = current.indexOf(end);
        String updated = from >= 0 && to > from
                ? current.substring(0, from) + section + current.substring(to + end.length())
                : current.stripTrailing() + "\n\n" + section + "\n";
        Files.createDirectories(file.getParent());
        Files.writeString(file, updated);
    }
}
