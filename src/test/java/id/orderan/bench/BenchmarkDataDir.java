package id.orderan.bench;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One benchmark data directory per shop size, so the default million and ten million orders live side
 * by side and neither run regenerates the other's: {@code data/bench-mariadb} for 1,000,000 orders (as
 * always), {@code data/bench-mariadb-N} for any other {@code -Dorderan.bench.orders=N}. Sets
 * {@code orderan.bench.data-dir} (unless given) before the embedded MariaDB starts; {@link BenchmarkTest}
 * points the database there. Other tests never read the property.
 */
public class BenchmarkDataDir implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "orderan.bench.data-dir";

    static String forOrders(int orders) {
        return orders == 1_000_000 ? "data/bench-mariadb" : "data/bench-mariadb-" + orders;
    }

    static String current() {
        return System.getProperty(PROPERTY, forOrders(BenchmarkDataSet.orders()));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.containsProperty(PROPERTY)) {
            env.getPropertySources().addLast(new MapPropertySource("orderanBenchDataDir", Map.of(PROPERTY, current())));
        }
    }

    /** Before {@code EmbeddedMariaDbPostProcessor}, which starts the database from the resolved data dir. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
