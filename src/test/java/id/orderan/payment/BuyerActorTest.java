package id.orderan.payment;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.base.JakartaTime;
import id.orderan.order.OrderService;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.security.NewUserCommand;
import id.orderan.security.Role;
import id.orderan.security.UserService;
import id.orderan.support.IntegrationTest;
import java.time.Clock;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Decision 0131: the role BUYER opens the buyer's entry point and nothing else. */
class BuyerActorTest extends IntegrationTest {

    @Autowired
    PaymentService payments;

    @Autowired
    OrderService orders;

    @Autowired
    UserService users;

    @Autowired
    Clock clock;

    @Test
    void the_buyer_role_cannot_use_the_staff_entry_points_of_payment_and_order() {
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi", 50_000), 1);
        long id = Objects.requireNonNull(order.getId());
        long confirmation = data.pendingConfirmation(order, 50_000);

        assertThatThrownBy(() -> asBuyer(() -> payments.submit(new PaymentCommands.SubmitConfirmation(
                order.getOrderNumber(), "BRI", "Budi", 50_000, JakartaTime.today(clock), null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asBuyer(() -> payments.approve(confirmation, 0))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asBuyer(() -> payments.pendingConfirmation(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asBuyer(() -> orders.confirmationRejected(id, "x"))).isInstanceOf(AccessDeniedException.class);
        assertThat(data.status(order)).isEqualTo("BELUM_BAYAR");
    }

    @Test
    void staff_cannot_use_the_buyer_entry_point_and_no_account_gets_the_buyer_role() {
        assertThatThrownBy(() -> asAdmin(() -> payments.lastRejection("AAAAAAAAAAAAAAAAAAAAAA")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asAdmin(() -> users.createUser(new NewUserCommand("pembeli2", "Pembeli", Role.BUYER))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.user.role-not-staff");
    }

    private static <T> T asBuyer(java.util.function.Supplier<T> action) {
        return as("pembeli", "BUYER", action);
    }
}
