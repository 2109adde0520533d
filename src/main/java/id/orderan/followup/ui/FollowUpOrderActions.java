package id.orderan.followup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.followup.FollowUp;
import id.orderan.followup.FollowUpChannel;
import id.orderan.followup.FollowUpService;
import id.orderan.followup.FollowUpState;
import id.orderan.followup.FollowUpTimeline;
import id.orderan.order.OrderActionContext;
import id.orderan.order.OrderSheet;
import id.orderan.order.OrderStatus;
import id.orderan.order.ui.BulkOrderAction;
import id.orderan.order.ui.OrderAction;
import id.orderan.order.ui.TimelineRetry;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * What the followup feature adds to the order screens: the WhatsApp and email buttons of the detail view
 * (List Order's Follow Up column runs the same actions), "Kirim email" and "Antrian WhatsApp" for the
 * ticked orders, and sending a failed email again from the timeline. All for those who see money: the
 * messages quote what the buyer owes.
 *
 * @see <a href="../../../../../../../docs/decisions/0100-contributors-instead-of-imports.md">0100 contributors</a>
 */
final class FollowUpOrderActions {

    private FollowUpOrderActions() {
    }

    /** Ids {@code followup-whatsapp} and {@code followup-email}, as {@code OrderFollowUps.Channel#actionId()}. */
    abstract static class Remind implements OrderAction {

        private final FollowUpService followUps;
        private final FollowUpChannel channel;

        Remind(FollowUpService followUps, FollowUpChannel channel) {
            this.followUps = followUps;
            this.channel = channel;
        }

        @Override
        public String id() {
            return "followup-" + channel.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String labelKey() {
            return "detail.followup." + channel.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public VaadinIcon icon() {
            return channel == FollowUpChannel.WHATSAPP ? VaadinIcon.COMMENT : VaadinIcon.ENVELOPE;
        }

        @Override
        public VaadinIcon detailIcon() {
            return icon();
        }

        @Override
        public int position() {
            return channel == FollowUpChannel.WHATSAPP ? 200 : 210;
        }

        /** Only the detail view shows them as buttons; List Order has its Follow Up column. */
        @Override
        public Set<Place> places() {
            return Set.of(Place.DETAIL);
        }

        @Override
        public boolean appliesTo(OrderActionContext context) {
            return context.maySeeMoney() && context.status() != OrderStatus.CANCEL
                    && context.status() != OrderStatus.RETUR;
        }

        @Override
        public @Nullable String unavailableKey(OrderSheet order) {
            if (channel == FollowUpChannel.WHATSAPP) {
                return order.customerPhone() == null ? "followup.no-phone" : null;
            }
            return order.customerEmail() == null ? "followup.no-email" : null;
        }

        @Override
        public Dialog open(OrderSheet order, Runnable refresh) {
            return new FollowUpDialog(followUps, order.orderNumber(), channel, refresh);
        }
    }

    @Component
    static class RemindByWhatsApp extends Remind {

        RemindByWhatsApp(FollowUpService followUps) {
            super(followUps, FollowUpChannel.WHATSAPP);
        }
    }

    @Component
    static class RemindByEmail extends Remind {

        RemindByEmail(FollowUpService followUps) {
            super(followUps, FollowUpChannel.EMAIL);
        }
    }

    /** Kirim email and Antrian WhatsApp for the ticked orders: the money roles follow up. */
    @Configuration(proxyBeanMethods = false)
    static class BulkActions {

        @Bean
        BulkOrderAction bulkEmail(FollowUpService followUps) {
            return BulkOrderAction.forMoneyRoles("email",
                    (orderNumbers, refresh) -> new BulkEmailDialog(followUps, orderNumbers, refresh));
        }

        @Bean
        BulkOrderAction whatsAppQueue(FollowUpService followUps) {
            return BulkOrderAction.forMoneyRoles("whatsapp",
                    (orderNumbers, refresh) -> new WhatsAppQueueDialog(followUps, orderNumbers, refresh));
        }
    }

    /** "Kirim ulang" on a failed email of the timeline. */
    @Component
    static class RetryEmail implements TimelineRetry {

        private final FollowUpService followUps;

        RetryEmail(FollowUpService followUps) {
            this.followUps = followUps;
        }

        @Override
        public String kind() {
            return FollowUpTimeline.RETRY_KIND;
        }

        @Override
        public void retry(long id, UI origin) {
            FollowUp result = Forms.attempt(origin, () -> followUps.retry(id));
            if (result != null && result.getState() == FollowUpState.SENT) {
                Notifications.success(origin.getTranslation("followup.sent"));
            } else if (result != null && result.getState() == FollowUpState.PENDING) {
                Notifications.success(origin.getTranslation("followup.queued"));
            } else if (result != null) {
                Notifications.error(origin.getTranslation("followup.failed", result.getError()));
            }
        }
    }
}
