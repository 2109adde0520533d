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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11, defect 2: retry of an order no longer due, two staff retrying at once, and bulk email
 * talking to SMTP inside its database transaction. Real MariaDB and GreenMail.
 */
class FollowUpRetryAndBulkTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    FollowUpService followUps;

    @Autowired
    FollowUpRepository rows;

    @Autowired
    PaymentService payments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void retrying_a_payment_reminder_after_the_buyer_paid_is_refused_and_sends_nothing() throws Exception {
        SalesOrder order = anOrder("siti@tokoku.id");
        long id = unsentReminder(order);
        cs(() -> payments.markPaid(order.getOrderNumber(), "Transfer BCA"));

        assertThatThrownBy(() -> cs(() -> followUps.retry(id))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("error.followup.not-due");

        assertThat(SMTP.waitForIncomingEmail(1_500, 1)).as("a 'menunggu pembayaran' email to a buyer who paid")
                .isFalse();
    }

    @Test
    void two_staff_retrying_the_same_failed_email_at_once_send_it_once() throws Exception {
        SalesOrder order = anOrder("siti@tokoku.id");
        long id = unsentReminder(order);
        var tx = new TransactionTemplate(transactions);
        // both staff have the failed email in front of them (read) before either clicks Coba lagi
        var bothRead = new CyclicBarrier(2);
        List<Throwable> refused = Collections.synchronizedList(new ArrayList<>());
        ExecutorService staff = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> clicks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                clicks.add(staff.submit(() -> tx.executeWithoutResult(status -> {
                    rows.findById(id).orElseThrow();
                    await(bothRead);
                    try {
                        cs(() -> followUps.retry(id));
                    } catch (BusinessException e) {
                        refused.add(e);
                        status.setRollbackOnly();
                    }
                })));
            }
            for (Future<?> click : clicks) {
                click.get(30, TimeUnit.SECONDS);
            }
        } finally {
            staff.shutdownNow();
        }

        assertThat(SMTP.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 1)).isTrue();
        Thread.sleep(1_500); // time for a second one, if it were coming
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(refused).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("error.followup.changed"));
    }

    @Test
    void bulk_email_talks_to_the_smtp_server_only_after_its_transaction_committed() throws Exception {
        SalesOrder order = anOrder("siti@tokoku.id");
        var tx = new TransactionTemplate(transactions);

        tx.executeWithoutResult(status -> {
            cs(() -> followUps.emailReminders(List.of(order.getOrderNumber()), null));
            assertThat(SMTP.waitForIncomingEmail(1_000, 1)).as("sent while the transaction is still open").isFalse();
        });

        assertThat(SMTP.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 1)).isTrue();
        assertThat(SMTP.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("siti@tokoku.id");
    }

    @Test
    void a_bulk_email_whose_transaction_rolls_back_sends_nothing_and_records_nothing() throws Exception {
        SalesOrder order = anOrder("siti@tokoku.id");
        var tx = new TransactionTemplate(transactions);

        tx.executeWithoutResult(status -> {
            cs(() -> followUps.emailReminders(List.of(order.getOrderNumber()), null));
            status.setRollbackOnly(); // the save failed after the call: nothing of it may reach the buyer
        });

        assertThat(SMTP.waitForIncomingEmail(1_500, 1)).as("an email nobody has a record of").isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM follow_up", Integer.class)).isZero();
    }

    /** An email the SMTP server did not take (it was down): kept with the server's answer, retryable. */
    private long unsentReminder(SalesOrder order) throws InterruptedException {
        SMTP.stop();
        try {
            long id = cs(() -> followUps.email(order.getOrderNumber(), FollowUpStage.FU_1, "Halo",
                    "Pesanan Kakak menunggu pembayaran")).getId();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (jdbc.queryForObject("SELECT error FROM follow_up WHERE id = ?", String.class, id) == null
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(jdbc.queryForObject("SELECT error FROM follow_up WHERE id = ?", String.class, id)).isNotBlank();
            return id;
        } finally {
            SMTP.start();
        }
    }

    private SalesOrder anOrder(String email) {
        Customer siti = data.customer().name("Siti Nurhaliza").phone("0812-3456-7890").email(email).create();
        return data.order(siti, OrderSource.FORM, data.product("Kopi Gayo", 85_000), 2);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T cs(java.util.function.Supplier<T> action) {
        return as("cs", "CS", action);
    }
}
