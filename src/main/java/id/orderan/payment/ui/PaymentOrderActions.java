package id.orderan.payment.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.orderan.base.JakartaTime;
import id.orderan.order.OrderActionContext;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderSheet;
import id.orderan.order.OrderStatus;
import id.orderan.order.ui.OrderAction;
import id.orderan.payment.PaymentService;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * What the payment feature adds to the order screens: Pembayaran, Upload konfirmasi and Cek konfirmasi
 * (which is also the Konfirmasi badge's popup). The dialogs read the full order themselves: the sheet
 * the screens hold is as the current user may see it.
 *
 * @see <a href="../../../../../../../docs/decisions/0100-contributors-instead-of-imports.md">0100 contributors</a>
 */
final class PaymentOrderActions {

    private PaymentOrderActions() {
    }

    @Component
    static class RecordPayment implements OrderAction {

        private final PaymentService payments;
        private final OrderQueryService queries;
        private final Clock clock;

        RecordPayment(PaymentService payments, OrderQueryService queries, Clock clock) {
            this.payments = payments;
            this.queries = queries;
            this.clock = clock;
        }

        @Override
        public String id() {
            return "payment";
        }

        @Override
        public VaadinIcon icon() {
            return VaadinIcon.MONEY;
        }

        @Override
        public int position() {
            return 50;
        }

        @Override
        public boolean appliesTo(OrderActionContext context) {
            return PaymentService.acceptsPayment(context.status()) && context.mayMove(OrderStatus.SEDANG_DIPROSES);
        }

        @Override
        public Dialog open(OrderSheet order, Runnable refresh) {
            return new PaymentDialog(payments, queries.getByNumber(order.orderNumber()), JakartaTime.today(clock),
                    refresh);
        }
    }

    @Component
    static class SubmitConfirmation implements OrderAction {

        private final PaymentService payments;
        private final OrderQueryService queries;
        private final Clock clock;

        SubmitConfirmation(PaymentService payments, OrderQueryService queries, Clock clock) {
            this.payments = payments;
            this.queries = queries;
            this.clock = clock;
        }

        @Override
        public String id() {
            return "submit-confirmation";
        }

        @Override
        public VaadinIcon icon() {
            return VaadinIcon.UPLOAD;
        }

        @Override
        public int position() {
            return 60;
        }

        @Override
        public boolean appliesTo(OrderActionContext context) {
            return context.mayMove(OrderStatus.KONFIRMASI);
        }

        @Override
        public Dialog open(OrderSheet order, Runnable refresh) {
            return new SubmitConfirmationDialog(payments, queries.getByNumber(order.orderNumber()),
                    JakartaTime.today(clock), refresh);
        }
    }

    /** Shows amounts and the buyer's bank details: for those who see money only. */
    @Component
    static class CheckConfirmation implements OrderAction {

        private final PaymentService payments;
        private final OrderQueryService queries;

        CheckConfirmation(PaymentService payments, OrderQueryService queries) {
            this.payments = payments;
            this.queries = queries;
        }

        @Override
        public String id() {
            return "check-confirmation";
        }

        @Override
        public VaadinIcon icon() {
            return VaadinIcon.CHECK_SQUARE_O;
        }

        @Override
        public int position() {
            return 30;
        }

        @Override
        public boolean appliesTo(OrderActionContext context) {
            return context.status() == OrderStatus.KONFIRMASI && context.maySeeMoney();
        }

        @Override
        public Dialog open(OrderSheet order, Runnable refresh) {
            return new ConfirmPaymentDialog(payments, queries.getByNumber(order.orderNumber()), refresh);
        }
    }
}
