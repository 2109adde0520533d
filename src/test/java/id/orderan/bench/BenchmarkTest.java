package id.orderan.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A benchmark on the million-order database under {@code data/bench-mariadb} (kept between runs; other
 * sizes under {@code data/bench-mariadb-N}, see {@link BenchmarkDataDir}).
 * A real server on a random port, so a benchmark can also measure requests over HTTP ({@link PrintingLoadBenchmark}).
 * Tagged so that only {@code ./mvnw -Pbench verify} runs it; one shared Spring context for all of them.
 * {@link BenchmarkDataSet} (declared after {@code @SpringBootTest}, so Spring's extension is there first)
 * generates or reuses the data before the first benchmark class, whichever JUnit runs first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {
    "orderan.embedded-db.data-dir=${orderan.bench.data-dir}", // BenchmarkDataDir: one per shop size
    "orderan.embedded-db.fresh=false",
    "orderan.embedded-db.buffer-pool=${orderan.bench.buffer-pool:1G}", // -Dorderan.bench.buffer-pool=4G for 10M
    "spring.datasource.hikari.maximum-pool-size=4",
    // printing as configured in production, not the tests' short wait (application-test.properties)
    "orderan.documents.render-max-wait=20s", "orderan.documents.render-share=0.5"
})
@ExtendWith(BenchmarkDataSet.class)
@interface BenchmarkTest {}
