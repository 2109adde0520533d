package id.orderan.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two production-jar nodes ({@code load-a}, {@code load-b}: same jar, database and heap, each on a free
 * loopback port) behind HAProxy with the cluster's {@code haproxy.cfg}: what the staff work on in the
 * two-node run. {@link #front()} is HAProxy's URL with both JVMs' CPU and heap (and HAProxy's CPU apart).
 * Closing stops HAProxy, then both nodes; a failed start stops what had started.
 */
public final class TwoNodes implements AutoCloseable {

    private final List<AutoCloseable> started;
    private final HaProxy proxy;
    private final NodeUnderTest front;
    /** Child processes outlive a JVM that exits (Ctrl-C on Maven ends the test JVM): stop them then too. */
    private final Thread onExit;

    private TwoNodes(List<AutoCloseable> started, HaProxy proxy, NodeUnderTest front) {
        this.started = started;
        this.proxy = proxy;
        this.front = front;
        this.onExit = new Thread(() -> stop(started), "stop-two-nodes");
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    public static TwoNodes start(Path jar, Path haproxyConfig, String jdbcUrl, String dbUser, String dbPassword,
            long heapMbPerNode, Path logDir) throws IOException, InterruptedException {
        // before two JVMs take a minute to start: haproxy is there and the configuration is valid
        HaProxy.check(haproxyConfig, HaProxy.environment(1, URI.create("http://127.0.0.1:1"), URI.create("http://127.0.0.1:2")));
        List<AutoCloseable> started = new ArrayList<>();
        try {
            // one after the other, as deploy/cluster/cluster.sh does: the first start does any schema work alone
            Map<String, NodeUnderTest> nodes = new LinkedHashMap<>();
            for (String name : List.of("a", "b")) {
                NodeUnderTest node = NodeUnderTest.start(jar, "load-" + name, jdbcUrl, dbUser, dbPassword, heapMbPerNode,
                        logDir.resolve("node-" + name + ".log"));
                started.add(node);
                nodes.put(name, node);
            }
            HaProxy proxy = HaProxy.start(haproxyConfig, nodes.get("a").url(), nodes.get("b").url(), logDir.resolve("haproxy.log"));
            started.add(proxy);
            NodeUnderTest front = NodeUnderTest.behind(proxy.url(), proxy.pid(), nodes,
                    "two production jars started by the harness (load-a %s, load-b %s, %,d MB heap each, G1) behind HAProxy %s with deploy/cluster/haproxy.cfg"
                            .formatted(nodes.get("a").url(), nodes.get("b").url(), heapMbPerNode, proxy.url()));
            return new TwoNodes(started, proxy, front);
        } catch (IOException | InterruptedException | RuntimeException e) {
            stop(started);
            throw e;
        }
    }

    /** HAProxy's URL, measured as the nodes' JVMs together (and per part: a, b, haproxy). */
    public NodeUnderTest front() {
        return front;
    }

    public HaProxy proxy() {
        return proxy;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            return; // the JVM is exiting: the hook stops them
        }
        stop(started);
    }

    /** Last started first: HAProxy, then the nodes; one that fails to stop does not keep the others running. */
    private static void stop(List<AutoCloseable> started) {
        for (AutoCloseable part : started.reversed()) {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("[load] could not stop " + part + ": " + e);
            }
        }
    }
}
