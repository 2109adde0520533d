package id.orderan.bench.load;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * Adds staff in steps until the server round trips get slow: a warm-up group first (not reported), then
 * {@code step} more staff every {@code stepDuration}, each step measured on its own (requests/s,
 * p50/p95/p99 round trip, errors, the node's CPU and heap). Stops after the first step whose p95 is over
 * the limit, at the most staff, at the duration limit or when the request budget is spent; then every
 * staff member stops at its next pause. The live heap is measured (full GC) after the warm-up and at the
 * end, so the difference per added session is what one more staff member costs.
 */
public final class LoadRamp {

    public record Settings(int warmupStaff, Duration warmup, int stepStaff, int maxStaff, Duration stepDuration,
            double p95LimitMillis, Duration maxDuration, long maxRequests, double thinkScale) {
    }

    /** One staff member's role and account. */
    public record Account(StaffMember.Role role, String username, String password) {
    }

    public record Step(int staff, double seconds, long requests, double requestsPerSecond,
            RoundTrips.Percentiles percentiles, long errors, String errorSummary, double nodeCpuPercent,
            long heapUsedMb, double harnessCpuPercent, double load, double pushesPerSecond, double savesPerSecond,
            boolean joining, Map<String, Double> cpuPercentByPart) {
    }

    public record Result(List<Step> steps, Map<String, RoundTrips.Window> byKind, StaffMember.Tally tally,
            int sessionsAfterWarmup, long liveHeapAfterWarmupKb, int sessionsAtEnd, long liveHeapAtEndKb,
            int signedOut, long liveHeapAfterSignOutKb, List<String> freedByClass, long liveHeapIdleKb,
            String stopReason, double seconds, long requests, Map<String, Integer> staffPerNode, int staffMoved) {

        /**
         * Live heap one staff session holds, in KB: what the sessions signed out at the end had held (same
         * warm node, same caches and thread pools), else the growth from the warm-up to the end; -1 when
         * not measured.
         */
        public double liveKbPerSession() {
            if (signedOut > 0 && liveHeapAtEndKb > 0 && liveHeapAfterSignOutKb > 0) {
                return (liveHeapAtEndKb - liveHeapAfterSignOutKb) / (double) signedOut;
            }
            int sessions = sessionsAtEnd - sessionsAfterWarmup;
            if (liveHeapAtEndKb < 0 || liveHeapAfterWarmupKb < 0 || sessions <= 0) {
                return -1;
            }
            return (liveHeapAtEndKb - liveHeapAfterWarmupKb) / (double) sessions;
        }
    }

    private final Settings settings;

    public LoadRamp(Settings settings) {
        this.settings = settings;
    }

    public Result run(NodeUnderTest node, IntFunction<Account> accountOf) throws InterruptedException {
        long started = System.nanoTime();
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        var trips = new RoundTrips();
        var budget = new Budget(settings.maxRequests(), settings.maxDuration().toSeconds());
        var stop = new AtomicBoolean();
        var tally = new StaffMember.Tally();
        List<Thread> staff = new ArrayList<>();
        List<StaffMember> members = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        String reason = "the most staff (" + settings.maxStaff() + ") reached";
        long idle = node.liveObjects(Path.of("target/load/heap-histogram-idle.txt")).totalKb();
        try {
            add(staff, members, settings.warmupStaff(), accountOf, http, node, trips, budget, stop, tally);
            sleep(settings.warmup(), budget);
            long afterWarmup = node.liveObjects(Path.of("target/load/heap-histogram-warm.txt")).totalKb();
            int sessionsAfterWarmup = staff.size();
            trips.nextWindow(); // the warm-up is not reported
            boolean first = true;
            boolean last = false;
            while (!budget.spent()) {
                // the first step measures the warm-up group alone, each next one adds staff, and a last one
                // holds the final group with no one joining: those two give the CPU one more member costs
                int target = first || last ? staff.size() : Math.min(settings.maxStaff(), staff.size() + settings.stepStaff());
                boolean joining = target > staff.size();
                first = false;
                double cpu0 = node.cpuSeconds();
                Map<String, Double> parts0 = node.cpuSecondsByPart();
                double self0 = selfCpuSeconds();
                long t0 = System.nanoTime();
                long pushes0 = tally.pushes.get();
                long saves0 = tally.payments.get() + tally.resis.get();
                add(staff, members, target - staff.size(), accountOf, http, node, trips, budget, stop, tally);
                sleep(settings.stepDuration(), budget);
                RoundTrips.Window window = trips.nextWindow();
                double seconds = (System.nanoTime() - t0) / 1e9;
                RoundTrips.Percentiles p = window.percentiles();
                long heap = node.heapUsedKb();
                var step = new Step(staff.size(), seconds, p.count(), p.count() / seconds, p, window.errors(),
                        window.errorSummary(), node.measurable() ? 100 * (node.cpuSeconds() - cpu0) / seconds / cores(node) : -1,
                        heap < 0 ? -1 : heap / 1024, 100 * (selfCpuSeconds() - self0) / seconds / Runtime.getRuntime().availableProcessors(),
                        load(), (tally.pushes.get() - pushes0) / seconds,
                        (tally.payments.get() + tally.resis.get() - saves0) / seconds, joining,
                        percentByPart(parts0, node.cpuSecondsByPart(), seconds));
                steps.add(step);
                System.out.printf("[load] %4d staff  %6.1f req/s  p50 %6.1f  p95 %6.1f  p99 %6.1f ms  errors %d  node CPU %.0f%%  heap %d MB %s%n",
                        step.staff(), step.requestsPerSecond(), p.p50(), p.p95(), p.p99(), step.errors(), step.nodeCpuPercent(),
                        step.heapUsedMb(), step.cpuPercentByPart().isEmpty() ? ""
                                : "CPU by part " + step.cpuPercentByPart().entrySet().stream()
                                        .map(e -> "%s %.1f%%".formatted(e.getKey(), e.getValue())).toList());
                if (last) {
                    break;
                }
                if (p.p95() > settings.p95LimitMillis()) {
                    reason = "p95 over " + (int) settings.p95LimitMillis() + " ms";
                    last = true;
                } else if (staff.size() >= settings.maxStaff()) {
                    last = true;
                } else if (System.nanoTime() - started > settings.maxDuration().toNanos() - 2 * settings.stepDuration().toNanos()) {
                    reason = "time limit (" + settings.maxDuration().toMinutes() + " min)";
                    last = true;
                }
            }
            if (budget.spent()) {
                reason = "request budget or time spent";
            }
            int sessionsAtEnd = staff.size();
            // which node HAProxy keeps each member on (its SRV cookie), and who was moved to the other one
            Map<String, Integer> perNode = HaProxy.staffPerNode(members.stream().map(m -> m.client().cookie(HaProxy.COOKIE)).toList());
            int moved = (int) members.stream().filter(m -> m.client().replaced(HaProxy.COOKIE) > 0).count();
            NodeUnderTest.LiveObjects end = node.liveObjects(Path.of("target/load/heap-histogram-end.txt")); // all signed in
            long atEnd = end.totalKb();
            Map<String, Long> classesAtEnd = end.bytesByClass();
            // the later half signs out (their sessions end); the live heap they free is what sessions cost
            int half = members.size() / 2;
            for (int i = half; i < members.size(); i++) {
                members.get(i).leave();
            }
            for (int i = half; i < members.size(); i++) {
                staff.get(i).join(20_000);
            }
            int signedOut = (int) members.subList(half, members.size()).stream().filter(StaffMember::signedOut).count();
            NodeUnderTest.LiveObjects after = node.liveObjects(Path.of("target/load/heap-histogram-signed-out.txt"));
            long afterSignOut = after.totalKb();
            Map<String, Long> classesAfter = after.bytesByClass();
            List<String> freed = classesAtEnd.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - classesAfter.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                    .map(e -> "%s %,d KB".formatted(e.getKey(), e.getValue() / 1024)).toList();
            stop.set(true);
            for (Thread member : staff) {
                member.join(15_000);
            }
            return new Result(steps, trips.byKind(), tally, sessionsAfterWarmup, afterWarmup, sessionsAtEnd, atEnd,
                    signedOut, afterSignOut, freed, idle, reason, (System.nanoTime() - started) / 1e9, budget.used(), perNode, moved);
        } finally {
            stop.set(true);
            staff.forEach(Thread::interrupt);
        }
    }

    /** New staff sign in spread over the first five seconds of their step, not all in one instant. */
    private void add(List<Thread> staff, List<StaffMember> members, int count, IntFunction<Account> accountOf, HttpClient http, NodeUnderTest node,
            RoundTrips trips, Budget budget, AtomicBoolean stop, StaffMember.Tally tally) throws InterruptedException {
        for (int i = 0; i < count && !budget.spent(); i++) {
            Account account = accountOf.apply(staff.size());
            var member = new StaffMember(account.role(), account.username(), account.password(), http, node.url(),
                    trips, budget, stop, tally, settings.thinkScale());
            members.add(member);
            staff.add(Thread.ofVirtual().name("staff-" + staff.size()).start(member));
            Thread.sleep(5000 / Math.max(1, count));
        }
    }

    private static void sleep(Duration duration, Budget budget) throws InterruptedException {
        long until = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < until && !budget.spent()) {
            Thread.sleep(200);
        }
    }

    private static Map<String, Double> percentByPart(Map<String, Double> before, Map<String, Double> after, double seconds) {
        Map<String, Double> percent = new java.util.LinkedHashMap<>();
        after.forEach((part, cpu) -> percent.put(part,
                100 * (cpu - before.getOrDefault(part, cpu)) / seconds / Runtime.getRuntime().availableProcessors()));
        return percent;
    }

    private static int cores(NodeUnderTest node) {
        return Runtime.getRuntime().availableProcessors();
    }

    private static double selfCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (Exception e) {
            return 0;
        }
    }

    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return 0;
        }
    }
}
