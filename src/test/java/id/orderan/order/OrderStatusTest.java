package id.orderan.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** "Unpaid" is written once, on the status; the rules that used their own spelling now ask it. */
class OrderStatusTest {

    @Test
    void unpaid_means_belum_bayar_down_payment_and_konfirmasi() {
        assertThat(OrderStatus.UNPAID).containsExactlyInAnyOrder(OrderStatus.BELUM_BAYAR, OrderStatus.DOWN_PAYMENT,
                OrderStatus.KONFIRMASI);
        assertThat(Stream.of(OrderStatus.values()).filter(OrderStatus::isUnpaid)).containsExactlyElementsOf(
                OrderStatus.UNPAID);
    }

    @Test
    void awaiting_payment_leaves_out_konfirmasi_where_the_buyer_says_they_paid() {
        assertThat(OrderStatus.AWAITING_PAYMENT).containsExactlyInAnyOrder(OrderStatus.BELUM_BAYAR,
                OrderStatus.DOWN_PAYMENT);
        assertThat(OrderStatus.UNPAID).containsAll(OrderStatus.AWAITING_PAYMENT);
        assertThat(OrderStatus.KONFIRMASI.awaitsPayment()).isFalse();
    }

    @Test
    void a_full_edit_is_allowed_exactly_while_the_order_is_unpaid() {
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(OrderTransitions.fullyEditable(status)).as(status.name()).isEqualTo(status.isUnpaid());
        }
    }

    @Test
    void the_sets_cannot_be_changed_by_a_caller() {
        assertThat(OrderStatus.UNPAID).isNotInstanceOf(EnumSet.class);
        assertThat(OrderStatus.AWAITING_PAYMENT).isNotInstanceOf(EnumSet.class);
        assertThat(OrderStatus.ACTIVE_FLOW).isNotInstanceOf(EnumSet.class);
    }
}
