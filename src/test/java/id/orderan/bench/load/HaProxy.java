package id.orderan.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * HAProxy from the machine's package in front of the harness's two nodes, run with the cluster's own
 * {@code deploy/cluster/haproxy.cfg} (not a copy: the load figure is for the configuration users run),
 * which reads its addresses from the environment. Started in the foreground ({@code -db}) as a child of
 * the harness, its request log in a file, stopped by {@link #close()}.
 */
public final class HaProxy implements AutoCloseable {

    /** The stickiness cookie {@code haproxy.cfg} inserts: {@code SRV=a} or {@code SRV=b}. */
    public static final String COOKIE = "SRV";
    /** {@code backend/server} in an {@code option httplog} line, e.g. {@code nodes/a}; {@code <NOSRV>} when none. */
    private static final Pattern SERVER = Pattern.compile(" nodes/(\\S+) ");

    private final Process process;
    private final URI url;
    private final Path log;

    private HaProxy(Process process, URI url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** The variables {@code haproxy.cfg} expands: where it listens and the two nodes' addresses. */
    static Map<String, String> environment(int bindPort, URI nodeA, URI nodeB) {
        return Map.of("HAPROXY_BIND", "127.0.0.1:" + bindPort, "NODE_A", address(nodeA), "NODE_B", address(nodeB));
    }

    private static String address(URI node) {
        URI checked = Loopback.check(node.toString());
        return checked.getHost() + ":" + checked.getPort();
    }

    /** The {@code haproxy} binary: on the PATH, else where Debian's package puts it (often not on a user's PATH). */
    static Optional<Path> executable(String pathVariable) {
        return Stream.concat(Stream.of(pathVariable.split(java.io.File.pathSeparator)), Stream.of("/usr/sbin", "/usr/local/sbin"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "haproxy"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static Path executable() {
        return executable(System.getenv().getOrDefault("PATH", "")).orElseThrow(() -> new IllegalStateException(
                "haproxy is missing (the two-node run puts HAProxy in front of the nodes): apt-get install -y haproxy"));
    }

    /** {@code haproxy -c}: the configuration with these addresses is valid, else a clear failure with HAProxy's words. */
    static void check(Path config, Map<String, String> environment) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(executable().toString(), "-c", "-q", "-f", config.toString()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process check = builder.start();
        String out = new String(check.getInputStream().readAllBytes());
        if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
            check.destroyForcibly();
            throw new IllegalStateException("haproxy -c -f " + config + " failed with " + environment + ": " + out.strip());
        }
    }

    /**
     * Checks the configuration, starts HAProxy on a free loopback port in front of the two nodes and waits
     * (at most 60 s) until it routes a sticky user to each of them.
     */
    static HaProxy start(Path config, URI nodeA, URI nodeB, Path log) throws IOException, InterruptedException {
        Map<String, String> environment = environment(NodeUnderTest.freePort(), nodeA, nodeB);
        check(config, environment);
        Files.createDirectories(log.toAbsolutePath().getParent());
        var builder = new ProcessBuilder(executable().toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        var proxy = new HaProxy(builder.start(), URI.create("http://" + environment.get("HAPROXY_BIND")), log);
        try {
            proxy.awaitRoutes(List.of("a", "b"), Duration.ofSeconds(60));
        } catch (RuntimeException | IOException | InterruptedException e) {
            proxy.close();
            throw e;
        }
        return proxy;
    }

    /**
     * HAProxy routes a user whose cookie says {@code SRV=a} to node a when it answers {@code /login} and
     * does not hand out another cookie (it would, redispatched, while a is not yet up by its health checks).
     */
    private void awaitRoutes(List<String> servers, Duration timeout) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String server : servers) {
            while (!routes(http, server)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("haproxy exited; see " + log);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("HAProxy does not route to node " + server + " within " + timeout + "; see " + log);
                }
                Thread.sleep(500);
            }
        }
    }

    private boolean routes(HttpClient http, String server) throws InterruptedException {
        try {
            var response = http.send(HttpRequest.newBuilder(url.resolve("/login")).header("Cookie", COOKIE + "=" + server)
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 && response.headers().allValues("set-cookie").stream()
                    .noneMatch(cookie -> cookie.startsWith(COOKIE + "="));
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    public URI url() {
        return url;
    }

    public long pid() {
        return process.pid();
    }

    /** Requests HAProxy sent to each node so far, from its request log ({@code <NOSRV>}: answered by HAProxy itself). */
    public Map<String, Long> requestsByServer() {
        try (Stream<String> lines = Files.lines(log)) {
            return requestsByServer(lines);
        } catch (IOException | java.io.UncheckedIOException e) {
            return Map.of();
        }
    }

    static Map<String, Long> requestsByServer(Stream<String> logLines) {
        Map<String, Long> requests = new TreeMap<>();
        logLines.forEach(line -> {
            Matcher matcher = SERVER.matcher(line);
            if (matcher.find()) {
                requests.merge(matcher.group(1), 1L, Long::sum);
            }
        });
        return requests;
    }

    /**
     * Staff per node from their {@code SRV} cookie values (one a staff member; {@code null}: no cookie,
     * e.g. a single node without HAProxy), sorted by node name.
     */
    public static Map<String, Integer> staffPerNode(List<? extends @org.jspecify.annotations.Nullable String> cookieValues) {
        Map<String, Integer> staff = new TreeMap<>();
        for (String value : cookieValues) {
            staff.merge(value == null || value.isBlank() ? "no cookie" : value, 1, Integer::sum);
        }
        return staff;
    }

    /** Stops HAProxy (SIGTERM: it closes its listeners and connections at once). */
    @Override
    public void close() {
        NodeUnderTest.stop(process, 10);
    }
}
