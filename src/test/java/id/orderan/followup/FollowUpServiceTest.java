package id.orderan.followup;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Against a real SMTP server in the test JVM (GreenMail on 127.0.0.1:3025). */
class FollowUpServiceTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    FollowUpService followUps;

    @Test
    void the_first_reminder_is_fu_1_with_the_order_filled_in_and_the_next_one_fu_2() {
        SalesOrder order = anOrder("siti@tokoku.id");

        FollowUpDraft first = as("cs", "CS", () -> followUps.draft(order.getOrderNumber(), FollowUpChannel.WHATSAPP));
        assertThat(first.stage()).isEqualTo(FollowUpStage.FU_1);
        assertThat(first.message()).contains("Kak Siti Nurhaliza", order.getOrderNumber(), "Kopi Gayo ×2", "Rp 170.000",
                "BCA 1234567890").doesNotContain("{");

        FollowUpService.WhatsAppSend sent = as("cs", "CS", () -> followUps.whatsApp(order.getOrderNumber(),
                first.stage(), first.message()));
        assertThat(sent.link()).startsWith("https://wa.me/6281234567890?text=Halo%20Kak%20Siti");
        assertThat(as("cs", "CS", () -> followUps.draft(order.getOrderNumber(), FollowUpChannel.WHATSAPP)).stage())
                .isEqualTo(FollowUpStage.FU_2);
        assertThat(as("cs", "CS", () -> followUps.summaries(List.of(order.getId()))).get(order.getId()).sent())
                .isEqualTo(1);
    }

    @Test
    void an_email_is_queued_then_reaches_the_smtp_server_with_the_placeholders_filled() throws Exception {
        SalesOrder order = anOrder("siti@tokoku.id");
        FollowUpDraft draft = as("cs", "CS", () -> followUps.draft(order.getOrderNumber(), FollowUpChannel.EMAIL));

        FollowUp followUp = as("cs", "CS", () -> followUps.email(order.getOrderNumber(), draft.stage(), draft.subject(),
                draft.message()));

        assertThat(followUp.getState()).isEqualTo(FollowUpState.PENDING);
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("siti@tokoku.id");
        assertThat(received[0].getSubject()).isEqualTo("Menunggu pembayaran pesanan " + order.getOrderNumber());
        assertThat(GreenMailUtil.getBody(received[0])).contains("Siti Nurhaliza", order.getOrderNumber());
        FollowUp sent = await(order, f -> f.getState() == FollowUpState.SENT);
        assertThat(received[0].getMessageID()).isEqualTo("<" + sent.getMessageKey() + "@orderan>");
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(sent.isPossibleDuplicate()).isFalse();
    }

    @Test
    void when_smtp_is_down_the_email_waits_with_the_servers_answer_and_a_retry_sends_it() throws Exception {
        SalesOrder order = anOrder("siti@tokoku.id");
        SMTP.stop();

        as("cs", "CS", () -> followUps.email(order.getOrderNumber(), FollowUpStage.FU_1, "Halo",
                "Pesanan Kakak menunggu pembayaran"));
        FollowUp waiting = await(order, f -> f.getError() != null);
        assertThat(waiting.getState()).isEqualTo(FollowUpState.PENDING);
        assertThat(waiting.getError()).contains("3025");
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getNextAttemptAt()).isAfter(waiting.getSentAt().plusSeconds(50));
        assertThat(waiting.getMessage()).isEqualTo("Pesanan Kakak menunggu pembayaran");

        SMTP.start();
        FollowUp retried = as("cs", "CS", () -> followUps.retry(waiting.getId()));

        assertThat(retried.getState()).isEqualTo(FollowUpState.PENDING);
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(await(order, f -> f.getState() == FollowUpState.SENT).getError()).isNull();
        assertThat(as("cs", "CS", () -> followUps.history(order.getId()))).hasSize(1);
    }

    @Test
    void no_email_address_or_no_usable_phone_records_nothing_and_the_warehouse_may_not_send() {
        SalesOrder noEmail = anOrder(null);

        assertThatThrownBy(() -> as("cs", "CS", () -> followUps.email(noEmail.getOrderNumber(), FollowUpStage.FU_1, "x",
                "y"))).hasMessageContaining("error.followup.no-email");
        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> followUps.whatsApp(noEmail.getOrderNumber(),
                FollowUpStage.FU_1, "Halo"))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(as("cs", "CS", () -> followUps.history(noEmail.getId()))).isEmpty();
    }

    /** The outbox works on its own thread: wait (bounded) until the order's only follow-up is as expected. */
    private FollowUp await(SalesOrder order, java.util.function.Predicate<FollowUp> expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        List<FollowUp> history = as("cs", "CS", () -> followUps.history(order.getId()));
        while ((history.size() != 1 || !expected.test(history.getFirst())) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            history = as("cs", "CS", () -> followUps.history(order.getId()));
        }
        assertThat(history).singleElement().matches(expected::test);
        return history.getFirst();
    }

    private SalesOrder anOrder(String email) {
        var builder = data.customer().name("Siti Nurhaliza").phone("0812-3456-7890");
        Customer siti = (email == null ? builder.email("") : builder.email(email)).create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        return data.order(siti, OrderSource.FORM, kopi, 2);
    }
}
