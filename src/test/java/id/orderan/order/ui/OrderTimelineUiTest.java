package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.order.ui.OrderTimelineUi.timelineEntries;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import id.orderan.base.JakartaTime;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.payment.PaymentCommands;
import id.orderan.payment.PaymentKind;
import id.orderan.payment.PaymentService;
import id.orderan.order.Courier;
import id.orderan.shipping.ResiCommand;
import id.orderan.shipping.ShippingService;
import id.orderan.support.KaribuTest;
import id.orderan.support.MutableClock;
import id.orderan.support.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11, defect 10: the timeline follows when things were recorded, not the noon of a paid-on date. */
class OrderTimelineUiTest extends KaribuTest {

    @Autowired
    MutableClock clock;

    @Autowired
    PaymentService payments;

    @Autowired
    ShippingService shipping;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void payments_recorded_before_the_delivery_are_listed_below_it_with_their_paid_on_date() {
        setClockToJakarta(LocalTime.of(11, 45));
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 1);
        LocalDate today = JakartaTime.today(clock);
        TestData.as("cs", "CS", () -> payments.record(new PaymentCommands.RecordPayment(order.getOrderNumber(),
                PaymentKind.DP, "Transfer BCA", 40_000, today, null)));
        TestData.as("cs", "CS", () -> payments.markPaid(order.getOrderNumber(), "Transfer BCA"));
        TestData.as("gudang", "GUDANG", () -> shipping.enterResi(new ResiCommand(order.getOrderNumber(), Courier.JNT,
                "EZ", "JP1234567890", false)));
        clock.advance(Duration.ofMinutes(1));
        TestData.as("gudang", "GUDANG", () -> {
            shipping.markDelivered(List.of(order.getOrderNumber()));
            return null;
        });

        login("cs", "CS");
        UI.getCurrent().navigate(OrderDetailView.class, new RouteParameters("number", order.getOrderNumber()));
        _get(OrderDetailView.class);
        List<String> entries = timelineEntries();

        assertThat(entries.getFirst()).as("newest first: the delivery at 11:46").containsAnyOf("Paket diterima", "Sukses");
        int delivered = indexOf(entries, "Paket diterima");
        int firstPayment = indexOf(entries, "Pembayaran");
        assertThat(delivered).isNotNegative().isLessThan(firstPayment);
        String paidOn = JakartaTime.format(today, JakartaTime.INDONESIAN);
        assertThat(entries.stream().filter(e -> e.contains("Pembayaran")))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e).contains("dibayar tanggal " + paidOn).contains("11:45"));
    }

    private void setClockToJakarta(LocalTime time) {
        Instant target = LocalDate.now(JakartaTime.ZONE).atTime(time).atZone(JakartaTime.ZONE).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    private static int indexOf(List<String> entries, String text) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
