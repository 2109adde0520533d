package id.orderan.followup;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.orderan.Application;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11 acceptance: the application is killed (SIGKILL) while 200 bulk emails are pending. The
 * "crashing" node is a second JVM running {@link Application} against the same MariaDB and this JVM's
 * GreenMail; this JVM's own worker is held meanwhile and plays the restarted node afterwards.
 */
@Tag("slow")
class OutboxCrashTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    static final int EMAILS = 200;

    @Autowired
    FollowUpService followUps;

    @Autowired
    OutboxWorker worker;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment env;

    @Test
    void after_a_kill_9_with_200_bulk_emails_pending_every_email_goes_out_and_at_most_the_one_in_flight_twice()
            throws Exception {
        Customer siti = data.customer().name("Siti Nurhaliza").phone("0812-3456-7890").email("siti@tokoku.id")
                .create();
        Product kopi = data.product("Kopi Gayo", 85_000, 1_000);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < EMAILS; i++) {
            numbers.add(data.order(siti, OrderSource.FORM, kopi, 1).getOrderNumber());
        }
        Process node = null;
        int receivedAtKill;
        int sendingAtKill;
        worker.hold();
        try {
            for (int from = 0; from < EMAILS; from += FollowUpService.MAX_BATCH) {
                List<String> slice = numbers.subList(from, from + FollowUpService.MAX_BATCH);
                as("cs", "CS", () -> followUps.emailReminders(slice, null));
            }
            assertThat(count("state = 'PENDING'")).isEqualTo(EMAILS);

            node = startNode();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            // woken the moment the 20th email arrives: the kill then lands close to "accepted by the
            // server, not yet marked SENT", the window the SENDING mark is for
            while (!SMTP.waitForIncomingEmail(1_000, 20) && node.isAlive() && System.nanoTime() < deadline) {
                // the node is still starting
            }
            assertThat(node.isAlive()).as("the second node runs (see target/outbox-crash-node.log)").isTrue();
            assertThat(SMTP.getReceivedMessages().length).as("the second node started sending").isGreaterThan(0);
            node.destroyForcibly(); // SIGKILL: no shutdown hook, no release of its claims
            node.waitFor();
            receivedAtKill = SMTP.getReceivedMessages().length;
            sendingAtKill = count("state = 'SENDING'");
        } finally {
            if (node != null && node.isAlive()) {
                node.destroyForcibly();
            }
            worker.release(); // the restart: this node takes over once the dead node's lease ran out
        }
        assertThat(receivedAtKill).as("killed while emails were still pending").isLessThan(EMAILS);
        assertThat(count("state IN ('PENDING', 'SENDING')")).isPositive();

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (count("state IN ('PENDING', 'SENDING')") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(500); // a stray extra copy, if there were one, has time to arrive

        assertThat(count("state = 'SENT'")).as("every row sent, none failed or pending").isEqualTo(EMAILS);
        Map<String, Long> copies = Arrays.stream(SMTP.getReceivedMessages()).map(FollowUpOutboxTest::messageId)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> keys = jdbc.queryForList("SELECT CONCAT('<', message_key, '@orderan>') FROM follow_up",
                String.class);
        assertThat(copies.keySet()).as("each email received, nothing else").containsExactlyInAnyOrderElementsOf(keys);
        List<String> twice = copies.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertThat(twice).as("at most the email in flight at the kill goes out twice").hasSizeLessThanOrEqualTo(1);
        assertThat(copies.values()).allMatch(n -> n <= 2);
        List<String> flagged = jdbc.queryForList("SELECT CONCAT('<', message_key, '@orderan>') FROM follow_up"
                + " WHERE possible_duplicate", String.class);
        assertThat(flagged).as("only the row in flight at the kill says it may be twice").hasSizeLessThanOrEqualTo(1)
                .containsAll(twice);
        assertThat(sendingAtKill).as("one email in flight per node at most").isLessThanOrEqualTo(1);
        System.out.printf("Outbox crash: %d of %d received at the kill, %d row(s) SENDING, %d copies in all, twice: %s,"
                + " flagged: %s%n", receivedAtKill, EMAILS, sendingAtKill, SMTP.getReceivedMessages().length, twice,
                flagged);
    }

    private int count(String where) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM follow_up WHERE " + where, Integer.class);
    }

    /**
     * The application's main class in its own JVM, on this test's class path, without web server or
     * Vaadin (only the outbox matters here), sending at most 10 emails a second so that the kill finds
     * some pending, with a short lease so that the takeover does not wait long.
     */
    private Process startNode() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Path.of("target", "outbox-crash-node.log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", classPath, Application.class.getName(),
                "--spring.profiles.active=test",
                "--spring.main.web-application-type=none",
                // Vaadin's servlet set-up needs a web server; nothing of the UI is used by this node
                "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                "--spring.main.lazy-initialization=true",
                // all of its own threads are daemons: without a web server nothing else keeps this JVM up
                "--spring.main.keep-alive=true",
                "--spring.liquibase.enabled=false",
                "--spring.datasource.url=" + env.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + env.getProperty("spring.datasource.username", "root"),
                "--spring.datasource.password=" + env.getProperty("spring.datasource.password", ""),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + ServerSetupTest.SMTP.getPort(),
                "--orderan.outbox.node=crash-test-node",
                "--orderan.outbox.poll-interval=200ms",
                "--orderan.outbox.batch-size=5",
                "--orderan.outbox.lease=3s",
                "--orderan.outbox.max-per-minute=600"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(new File(".")).start();
    }
}
