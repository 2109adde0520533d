package id.orderan.followup;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Graceful shutdown (issue 15 §1, docs/decisions/0202): on SIGTERM the context stops the outbox worker, which stops
 * claiming and gives back the rows it claimed but did not start, so the other node sends them at its next poll
 * instead of after the lease.
 */
class OutboxShutdownTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    OutboxWorker worker;

    @Autowired
    FollowUpOutbox outbox;

    @Autowired
    OutboxSettings settings;

    @Autowired
    FollowUpService followUps;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment env;

    @Test
    void the_application_shuts_down_gracefully_and_a_stopping_worker_gives_back_its_claims_and_sends_nothing_more()
            throws Exception {
        assertThat(env.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(env.getProperty("spring.lifecycle.timeout-per-shutdown-phase")).isEqualTo("20s");
        Customer siti = data.customer().name("Siti Nurhaliza").phone("0812-3456-7890").email("siti@tokoku.id")
                .create();
        List<String> numbers = List.of(
                data.order(siti, OrderSource.FORM, data.product("Kopi Gayo", 85_000), 1).getOrderNumber(),
                data.order(siti, OrderSource.FORM, data.product("Teh Tarik", 25_000), 1).getOrderNumber());
        worker.hold(); // claimed by this node, not yet started: what a stop finds between two sends
        try {
            as("cs", "CS", () -> followUps.emailReminders(numbers, null));
            assertThat(outbox.claim(settings.node(), 10)).hasSize(2);
            assertThat(claimedBy(settings.node())).isEqualTo(2);

            worker.stop(); // what the context does on SIGTERM
            worker.wake();

            assertThat(worker.isRunning()).isFalse();
            assertThat(claimedBy(settings.node())).as("given back").isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM follow_up WHERE state = 'PENDING'"
                    + " AND claimed_by IS NULL AND lease_until IS NULL", Integer.class)).isEqualTo(2);
            worker.release();
            assertThat(SMTP.waitForIncomingEmail(1_000, 1)).as("a stopped worker sends nothing").isFalse();
        } finally {
            worker.release();
            worker.start(); // the shared test context goes on with a running worker
        }
        assertThat(SMTP.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 2)).isTrue();
    }

    private int claimedBy(String node) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM follow_up WHERE claimed_by = ?", Integer.class, node);
    }
}
