package id.orderan.bench.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The application node the staff work on: either a production jar this harness starts as its own JVM
 * (own port, the given database, a fixed heap) and stops again, or an already running node (or HAProxy
 * in front of two) given by URL, or HAProxy in front of two started nodes ({@link TwoNodes}). For local JVMs
 * whose process ids are known it reads CPU time from {@code /proc} and the heap with {@code jcmd} (after a
 * full GC for the live heap); CPU also per named part (node a, node b, HAProxy) when there are several.
 */
public final class NodeUnderTest implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final long CLOCK_TICKS = 100; // USER_HZ on Linux

    private final URI url;
    private final @Nullable Process process;
    private final List<Long> pids;
    private final long heapMb;
    private final String description;
    private final Map<String, Long> parts;

    private NodeUnderTest(URI url, @Nullable Process process, List<Long> pids, long heapMb, String description,
            Map<String, Long> parts) {
        this.url = url;
        this.process = process;
        this.pids = List.copyOf(pids);
        this.heapMb = heapMb;
        this.description = description;
        this.parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
    }

    /** A node already running (or HAProxy); {@code pids} of its JVMs, if local, for CPU and heap figures. */
    public static NodeUnderTest attach(String url, List<Long> pids, long heapMb) {
        return new NodeUnderTest(Loopback.check(url), null, pids, heapMb,
                "already running at " + url + (pids.isEmpty() ? "" : " (JVMs " + pids + ")"), Map.of());
    }

    /**
     * HAProxy at {@code url} in front of nodes this harness started: CPU and heap are those of their JVMs
     * together (the heap limit is the sum), CPU is also kept per node and for HAProxy's own process.
     * Closing it stops nothing; {@link TwoNodes} owns the processes.
     */
    static NodeUnderTest behind(URI url, long proxyPid, Map<String, NodeUnderTest> nodes, String description) {
        List<Long> pids = new ArrayList<>();
        Map<String, Long> parts = new java.util.LinkedHashMap<>();
        long heap = 0;
        for (Map.Entry<String, NodeUnderTest> node : nodes.entrySet()) {
            pids.addAll(node.getValue().pids);
            node.getValue().pids.forEach(pid -> parts.put(node.getKey(), pid));
            heap += node.getValue().heapMb;
        }
        parts.put("haproxy", proxyPid);
        return new NodeUnderTest(url, null, pids, heap, description, parts);
    }

    /**
     * Starts {@code java -Xmx<heapMb>m -jar <jar>} on a free loopback port against the database and waits
     * (at most 3 minutes) until its login page answers.
     */
    public static NodeUnderTest start(Path jar, String jdbcUrl, String dbUser, String dbPassword, long heapMb,
            Path log) throws IOException, InterruptedException {
        return start(jar, "load-node", jdbcUrl, dbUser, dbPassword, heapMb, log);
    }

    /** The same, with the node's name ({@code ORDERAN_NODE}: its scheduler and outbox claims go by it). */
    static NodeUnderTest start(Path jar, String name, String jdbcUrl, String dbUser, String dbPassword, long heapMb,
            Path log) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no production jar at " + jar + ": build it with "
                    + "./mvnw -o -q -Pproduction -DskipTests package && cp target/orderan-*.jar " + jar
                    + " (deploy/load/staff-load.sh does this)");
        }
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<>(List.of(java, "-Xms" + heapMb + "m", "-Xmx" + heapMb + "m", "-XX:+UseG1GC"));
        // extra JVM options for the node, e.g. a flight recording to see where its CPU goes
        for (String arg : System.getProperty("orderan.load.jvm-args", "").strip().split("\\s+")) {
            if (!arg.isEmpty()) {
                command.add(arg);
            }
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        var env = builder.environment();
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", dbUser);
        env.put("SPRING_DATASOURCE_PASSWORD", dbPassword);
        env.put("PORT", Integer.toString(port));
        env.put("ORDERAN_NODE", name);
        env.put("MAIL_HOST", "127.0.0.1");
        env.put("MAIL_PORT", "1"); // no SMTP here: the scenario sends no email
        env.put("ORDERAN_FORWARD_HEADERS_STRATEGY", "none");
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = builder.start();
        var node = new NodeUnderTest(URI.create("http://127.0.0.1:" + port), process, List.of(process.pid()), heapMb,
                "production jar started by the harness: " + String.join(" ", command.subList(1, command.size() - 1))
                        + " " + jar.getFileName(), Map.of(name, process.pid()));
        try {
            node.awaitLoginPage(Duration.ofMinutes(3), log);
        } catch (RuntimeException | IOException | InterruptedException e) {
            node.close();
            throw e;
        }
        return node;
    }

    private void awaitLoginPage(Duration timeout, Path log) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("the node exited during start-up; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(url.resolve("/login")).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the node did not answer /login within " + timeout + "; see " + log);
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public URI url() {
        return url;
    }

    public String description() {
        return description;
    }

    public boolean measurable() {
        return !pids.isEmpty();
    }

    public int jvms() {
        return pids.size();
    }

    public long heapMb() {
        return heapMb;
    }

    /** CPU seconds (user + system) the node's JVMs have used so far; 0 when unknown. */
    public double cpuSeconds() {
        double total = 0;
        for (long pid : pids) {
            total += cpuSeconds(pid);
        }
        return total;
    }

    /** CPU seconds so far per named part (e.g. a, b, haproxy); empty for a single node or unknown pids. */
    public Map<String, Double> cpuSecondsByPart() {
        Map<String, Double> seconds = new java.util.LinkedHashMap<>();
        if (parts.size() > 1) {
            parts.forEach((name, pid) -> seconds.put(name, cpuSeconds(pid)));
        }
        return seconds;
    }

    /** CPU seconds (user + system) one process has used so far, from {@code /proc/<pid>/stat}; 0 when unknown. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return 0; // gone or not ours to read
        }
    }

    /** Heap in use now (garbage included), in KB summed over the JVMs; -1 when unknown. */
    public long heapUsedKb() {
        long total = 0;
        for (long pid : pids) {
            long used = heapUsed(pid);
            if (used < 0) {
                return -1;
            }
            total += used;
        }
        return pids.isEmpty() ? -1 : total;
    }

    /** Live objects of the node's JVMs: bytes in all and per class; a total of -1 when unknown. */
    public record LiveObjects(long totalKb, Map<String, Long> bytesByClass) {
    }

    /**
     * Live heap from {@code jcmd GC.class_histogram}, which counts reachable objects in a stop-the-world
     * pause: unlike the heap's "used" after {@code GC.run}, no garbage the working staff allocate between
     * the collection and the reading is counted. The whole histogram is written to {@code file}.
     */
    public LiveObjects liveObjects(Path file) {
        Map<String, Long> bytes = new HashMap<>();
        long total = 0;
        var out = new StringBuilder();
        for (long pid : pids) {
            String text = jcmd(pid, "GC.class_histogram");
            out.append("# JVM ").append(pid).append('\n').append(text);
            boolean found = false;
            for (String line : text.split("\n")) {
                String[] f = line.strip().split("\\s+");
                if (f.length >= 4 && f[0].endsWith(":")) {
                    bytes.merge(f[3], Long.parseLong(f[2]), Long::sum);
                } else if (f.length == 3 && f[0].equals("Total")) {
                    total += Long.parseLong(f[2]);
                    found = true;
                }
            }
            if (!found) {
                total = -1024;
                break;
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, out);
        } catch (IOException e) {
            // a missing file does not spoil the figures
        }
        return new LiveObjects(pids.isEmpty() ? -1 : total / 1024, bytes);
    }

    private static long heapUsed(long pid) {
        String info = jcmd(pid, "GC.heap_info");
        Matcher matcher = HEAP_USED.matcher(info);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static String jcmd(long pid, String command) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            Process process = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            process.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Stops a node this harness started (graceful first, as a deploy would), never one it only attached to. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        stop(process, 30);
    }

    /** SIGTERM, then SIGKILL if the process is still there after {@code graceSeconds}: for every child this harness starts. */
    static void stop(Process process, long graceSeconds) {
        process.destroy();
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** {@code 123,456} → the process ids. */
    public static List<Long> pids(String text) {
        List<Long> pids = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                pids.add(Long.parseLong(part.strip()));
            }
        }
        return pids;
    }
}
