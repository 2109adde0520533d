package id.orderan.base;

import java.io.IOException;
import java.net.InetAddress;
import java.util.UUID;

/**
 * This application node's name in shared tables (change feed rows, outbox claims): the configured
 * {@code ORDERAN_NODE}, else process id, host and a random part, so two nodes on one host, or a restart,
 * never share a name. At most 100 characters (the columns' size), keeping the random tail.
 */
public final class NodeName {

    public static final int MAX_LENGTH = 100;

    private NodeName() {}

    public static String orDefault(String configured) {
        String node = configured.isBlank()
                ? ProcessHandle.current().pid() + "@" + host() + "/" + UUID.randomUUID().toString().substring(0, 8)
                : configured.strip();
        return node.length() > MAX_LENGTH ? node.substring(node.length() - MAX_LENGTH) : node;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
