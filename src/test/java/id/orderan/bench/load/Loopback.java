package id.orderan.bench.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * The load harness talks to this machine only: any address that is not a loopback address is refused
 * before a single request is sent (a typo must never turn a load test on someone else's server).
 */
public final class Loopback {

    private Loopback() {}

    /** {@code http://127.0.0.1:8080} or {@code http://localhost:8080/}, without a trailing slash. */
    public static URI check(String url) {
        URI uri = URI.create(url.strip());
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http:// URL: " + url);
        }
        String host = uri.getHost();
        boolean loopback;
        try {
            loopback = (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))
                    && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            loopback = false;
        }
        if (!loopback) {
            throw new IllegalArgumentException("the load harness only sends traffic to 127.0.0.1/localhost, not " + url);
        }
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
