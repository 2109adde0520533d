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
        List<String> numbers = jdbc.queryForList("SELECT order_number FROM sales_order WHERE status = 'BELUM_BAYAR'"
                + " AND customer_email IS NOT NULL ORDER BY id DESC LIMIT 500", String.class);
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM follow_up", Long.class);
        Map<FollowUpService.Outcome, Integer> outcomes = new EnumMap<>(FollowUpService.Outcome.class);
        long start = System.nanoTime();
        for (String number : numbers) {
            outcomes.merge(TestData.as("cs", "CS", () -> followUps.emailNextReminder(number)), 1, Integer::sum);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int received = SMTP.getReceivedMessages().length;
        jdbc.update("DELETE FROM follow_up WHERE id > ?", before); // leave the data set as it was

        String section = """
                ## Follow-up email

                Measured %s: %d reminder emails (template filled per order, HTML + text, recorded), one after the
                other through `FollowUpService` to GreenMail on localhost: **%.1f s, %.0f emails/s**
                (%.1f ms each); outcomes %s; %d received by the SMTP server.
                """.formatted(ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm z")), numbers.size(), seconds, numbers.size() / seconds,
                seconds * 1000 / numbers.size(), outcomes, received);
        BenchmarkReport.replaceSection(Path.of("docs/benchmarks.md"), "follow-up", section);
        System.out.println(section);
    }
}
