package id.orderan.followup;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.orderan.order.OrderService;
import id.orderan.order.SalesOrder;
import id.orderan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, defect 9: "Proses COD" moves a COD order to Sedang Diproses without any money, so the
 * automatic "payment received" email must not go out for it.
 */
class CodAutomaticEmailTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    FollowUpService followUps;

    @Autowired
    OrderService orders;

    @Test
    void proses_cod_sends_no_payment_received_email_even_with_the_automatic_email_on() throws Exception {
        FollowUpTemplate paid = as("cs", "CS", () -> followUps.template(FollowUpChannel.EMAIL, FollowUpStage.PAID));
        asAdmin(() -> followUps.saveTemplate(new FollowUpTemplateCommand(FollowUpChannel.EMAIL, FollowUpStage.PAID,
                paid.subject(), paid.body(), true, paid.version())));
        SalesOrder order = data.codOrder(data.customer().email("siti@tokoku.id").create(),
                data.product("Kopi Gayo", 85_000, 10), 2);

        as("cs", "CS", () -> orders.processCod(order.getOrderNumber()));

        assertThat(data.status(order)).isEqualTo("SEDANG_DIPROSES");
        assertThat(SMTP.waitForIncomingEmail(1_500, 1)).as("no email").isFalse();
        assertThat(as("cs", "CS", () -> followUps.history(order.getId()))).isEmpty();
    }
}
