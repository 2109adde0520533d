package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.support.TestData.as;
import static id.orderan.order.ui.OrderTimelineUi.timelineEntries;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.payment.PaymentCommands;
import id.orderan.payment.PaymentKind;
import id.orderan.payment.PaymentService;
import id.orderan.support.KaribuTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11, defect 1: a confirmation closed because the order moved another way shows on the timeline. */
class SupersededConfirmationUiTest extends KaribuTest {

    @Autowired
    PaymentService payments;

    @Test
    void a_confirmation_superseded_by_a_down_payment_shows_on_the_timeline() {
        Customer budi = data.customer().create();
        SalesOrder order = data.order(budi, OrderSource.MANUAL, data.product("Madu Hutan", 200_000), 1);
        as("cs-a", "CS", () -> payments.submit(new PaymentCommands.SubmitConfirmation(order.getOrderNumber(), "BCA",
                "BUDI SANTOSO", 200_000, LocalDate.now(), null, null)));
        as("cs-b", "CS", () -> payments.record(new PaymentCommands.RecordPayment(order.getOrderNumber(),
                PaymentKind.DP, "TRANSFER", 150_000, LocalDate.now(), null)));
        login("cs-a", "CS");

        UI.getCurrent().navigate(OrderDetailView.class, new RouteParameters("number", order.getOrderNumber()));
        _get(OrderDetailView.class);

        assertThat(timelineEntries())
                .anyMatch(text -> text.contains("cs-b")
                        && text.contains("Konfirmasi transfer BCA a.n. BUDI SANTOSO ditutup tanpa diproses"));
    }
}
