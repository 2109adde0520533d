package id.orderan.bench;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.orderan.followup.FollowUpService;
import id.orderan.support.TestData;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 500 reminder emails through the real service to a real SMTP server (GreenMail in this JVM). */
@BenchmarkTest
class FollowUpBenchmark {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    FollowUpService followUps;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void five_hundred_reminder_emails() throws Exception {
        List<String> numbers = unpaidWithEmail(1_000);
        org.assertj.core.api.Assertions.assertThat(numbers)
                .as("unpaid orders with an email in the data set of BenchmarkDataSet (-Dorderan.bench.orders ≥ 5,000)")
                .hasSize(1_000);
        List<String> oneByOne = numbers.subList(0, numbers.size() / 2);
        List<String> sliced = numbers.subList(numbers.size() / 2, numbers.size());
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM follow_up", Long.class);

        Map<FollowUpService.Outcome, Integer> single = new EnumMap<>(FollowUpService.Outcome.class);
        long start = System.nanoTime();
        for (String number : oneByOne) {
            single.merge(TestData.as("cs", "CS", () -> followUps.emailNextReminder(number)), 1, Integer::sum);
        }
        SMTP.waitForIncomingEmail(120_000, oneByOne.size());
        double singleSeconds = (System.nanoTime() - start) / 1e9;

        // what Follow Up Email in List Order does: slices queued in one transaction each, then the
        // outbox worker sends them over one SMTP connection per run
        Map<FollowUpService.Outcome, Integer> bulk = new EnumMap<>(FollowUpService.Outcome.class);
        start = System.nanoTime();
        for (int from = 0; from < sliced.size(); from += SLICE) {
            List<String> slice = sliced.subList(from, Math.min(sliced.size(), from + SLICE));
            TestData.as("cs", "CS", () -> followUps.emailReminders(slice, null))
                    .outcomes().values().forEach(outcome -> bulk.merge(outcome, 1, Integer::sum));
        }
        double queuedSeconds = (System.nanoTime() - start) / 1e9;
        SMTP.waitForIncomingEmail(120_000, numbers.size());
        double bulkSeconds = (System.nanoTime() - start) / 1e9;
        int received = SMTP.getReceivedMessages().length;
        jdbc.update("DELETE FROM follow_up WHERE id > ?", before); // leave the data set as it was

        String section = """
                ## Follow-up email

                Measured %s: reminder emails (template filled per order, HTML from the Thymeleaf mail template
                + text) queued in the outbox through `FollowUpService`, sent by the outbox worker to GreenMail
                on localhost (each marked SENDING, then SENT, in its own transaction); %d received by the
                SMTP server in all. Times run from the first call until the SMTP server had every email.

                | how | emails | time | emails/s | per email | outcomes |
                | --- | ---: | ---: | ---: | ---: | --- |
                | one call per order | %d | %.1f s | %.0f | %.1f ms | %s |
                | bulk: slices of %d per call (all queued after %.1f s) | %d | %.1f s | %.0f | %.1f ms | %s |
                """.formatted(ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm z")), received, oneByOne.size(), singleSeconds, oneByOne.size() / singleSeconds,
                singleSeconds * 1000 / oneByOne.size(), single, SLICE, queuedSeconds, sliced.size(), bulkSeconds,
                sliced.size() / bulkSeconds, bulkSeconds * 1000 / sliced.size(), bulk);
        BenchmarkReport.replaceSection(Path.of("docs/benchmarks.md"), "follow-up", section);
        System.out.println(section);
    }

    /** The same slice size as the bulk dialog. */
    private static final int SLICE = 25;

    private List<String> unpaidWithEmail(int count) {
        return jdbc.queryForList("SELECT order_number FROM sales_order WHERE status = 'BELUM_BAYAR'"
                + " AND customer_email IS NOT NULL ORDER BY id DESC LIMIT " + count, String.class);
    }
}
