package id.orderan.followup;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.orderan.base.BusinessException;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.payment.PaymentService;
import id.orderan.support.IntegrationTest;
import id.orderan.support.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The email outbox on MariaDB and GreenMail: restart, leases, attempts, validation. */
class FollowUpOutboxTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    FollowUpService followUps;

    @Autowired
    FollowUpRepository rows;

    @Autowired
    OutboxWorker worker;

    @Autowired
    PaymentService payments;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void emails_a_dead_node_left_behind_are_sent_once_its_lease_ran_out_and_the_one_in_flight_says_it_may_be_twice()
            throws Exception {
        SalesOrder claimed = anOrder("ani@tokoku.id");
        SalesOrder inFlight = anOrder("budi@tokoku.id");
        SalesOrder heldByLiveNode = anOrder("citra@tokoku.id");
        long claimedId;
        long inFlightId;
        long liveId;
        worker.hold(); // this node is "down" while the rows are left as a crashed node leaves them
        try {
            claimedId = queue(claimed);
            inFlightId = queue(inFlight);
            liveId = queue(heldByLiveNode);
            jdbc.update("UPDATE follow_up SET claimed_by = 'dead-node',"
                    + " lease_until = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE WHERE id = ?", claimedId);
            jdbc.update("UPDATE follow_up SET state = 'SENDING', attempts = 1, claimed_by = 'dead-node',"
                    + " lease_until = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?", inFlightId);
            jdbc.update("UPDATE follow_up SET claimed_by = 'live-node',"
                    + " lease_until = UTC_TIMESTAMP(6) + INTERVAL 1 HOUR WHERE id = ?", liveId);
        } finally {
            worker.release(); // the restart
        }

        assertThat(SMTP.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 2)).isTrue();
        FollowUp sent = await(claimedId, f -> f.getState() == FollowUpState.SENT);
        FollowUp maybeTwice = await(inFlightId, f -> f.getState() == FollowUpState.SENT);
        assertThat(sent.isPossibleDuplicate()).isFalse();
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(maybeTwice.isPossibleDuplicate()).isTrue();
        assertThat(maybeTwice.getAttempts()).isEqualTo(2);
        assertThat(maybeTwice.timelineKey()).isEqualTo("timeline.followup-maybe-twice");
        assertThat(maybeTwice.stateLabelKey()).isEqualTo("followup.state.sent-maybe-twice");
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(FollowUpOutboxTest::messageId))
                .containsExactlyInAnyOrder("<" + sent.getMessageKey() + "@orderan>",
                        "<" + maybeTwice.getMessageKey() + "@orderan>");
        Thread.sleep(1_000); // a few polls: the live node's claim is left alone
        assertThat(rows.findById(liveId).orElseThrow().getState()).isEqualTo(FollowUpState.PENDING);
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    @Test
    void a_reminder_still_queued_when_the_buyer_pays_is_cancelled_not_sent() throws Exception {
        SalesOrder order = anOrder("siti@tokoku.id");
        long id;
        worker.hold();
        try {
            id = queue(order);
            cs(() -> payments.markPaid(order.getOrderNumber(), "Transfer BCA"));
        } finally {
            worker.release();
        }

        FollowUp cancelled = await(id, f -> f.getState() == FollowUpState.CANCELLED);
        assertThat(cancelled.timelineKey()).isEqualTo("timeline.followup-cancelled");
        assertThat(cancelled.canRetry()).isFalse();
        assertThat(SMTP.waitForIncomingEmail(1_000, 1)).isFalse();
    }

    @Test
    void a_server_that_stays_down_is_tried_again_after_the_backoff_and_given_up_after_the_last_attempt()
            throws Exception {
        SalesOrder later = anOrder("siti@tokoku.id");
        SalesOrder last = anOrder("budi@tokoku.id");
        SMTP.stop();
        long laterId = queue(later);
        FollowUp waiting = await(laterId, f -> f.getError() != null);
        assertThat(waiting.getState()).isEqualTo(FollowUpState.PENDING);
        assertThat(waiting.timelineKey()).isEqualTo("timeline.followup-retrying");
        // the last allowed attempt of another email: it ends FAILED with the server's answer
        long lastId = queue(last);
        await(lastId, f -> f.getError() != null);
        jdbc.update("UPDATE follow_up SET attempts = 4, next_attempt_at = UTC_TIMESTAMP(6) WHERE id = ?", lastId);
        FollowUp failed = await(lastId, f -> f.getState() == FollowUpState.FAILED);
        assertThat(failed.getError()).contains("3025");
        assertThat(failed.getAttempts()).isEqualTo(5);
        assertThat(failed.canRetry()).isTrue();

        SMTP.start();
        try {
            clock.advance(Duration.ofSeconds(61)); // the first backoff is a minute
            assertThat(SMTP.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 1)).isTrue();
            FollowUp sent = await(laterId, f -> f.getState() == FollowUpState.SENT);
            assertThat(sent.getAttempts()).isEqualTo(2);
            assertThat(sent.getError()).isNull();
        } finally {
            clock.reset();
        }
        assertThat(rows.findById(lastId).orElseThrow().getState()).isEqualTo(FollowUpState.FAILED);
    }

    @Test
    void a_subject_or_text_longer_than_the_record_holds_is_refused_before_anything_is_queued() {
        SalesOrder order = anOrder("siti@tokoku.id");

        assertThatThrownBy(() -> cs(() -> followUps.email(order.getOrderNumber(), FollowUpStage.FU_1, "S".repeat(201),
                "Halo"))).isInstanceOf(BusinessException.class).hasMessageContaining("error.followup.subject-too-long")
                .satisfies(e -> assertThat(((BusinessException) e).args()).containsExactly(200, 201));
        assertThatThrownBy(() -> cs(() -> followUps.email(order.getOrderNumber(), FollowUpStage.FU_1, "Halo",
                "x".repeat(4001)))).hasMessageContaining("error.followup.message-too-long");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM follow_up", Integer.class)).isZero();
    }

    @Test
    void a_queued_reminder_counts_so_the_next_draft_is_the_following_reminder() {
        SalesOrder order = anOrder("siti@tokoku.id");
        worker.hold();
        try {
            queue(order);
            assertThat(cs(() -> followUps.draft(order.getOrderNumber(), FollowUpChannel.EMAIL)).stage())
                    .isEqualTo(FollowUpStage.FU_2);
        } finally {
            worker.release();
        }
    }

    private long queue(SalesOrder order) {
        return cs(() -> followUps.email(order.getOrderNumber(), FollowUpStage.FU_1, "Halo",
                "Pesanan Kakak menunggu pembayaran")).getId();
    }

    private FollowUp await(long id, Predicate<FollowUp> expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        FollowUp row = rows.findById(id).orElseThrow();
        while (!expected.test(row) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            row = rows.findById(id).orElseThrow();
        }
        assertThat(row).matches(expected::test, "as expected: " + row.getState() + " " + row.getError());
        return row;
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SalesOrder anOrder(String email) {
        Customer buyer = data.customer().name("Siti Nurhaliza").phone("0812-3456-7890").email(email).create();
        return data.order(buyer, OrderSource.FORM, data.product("Kopi Gayo", 85_000), 1);
    }

    private static <T> T cs(Supplier<T> action) {
        return as("cs", "CS", action);
    }
}
