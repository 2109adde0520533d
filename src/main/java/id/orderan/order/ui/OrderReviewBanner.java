package id.orderan.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderService;
import id.orderan.order.SalesOrder;

/**
 * The order detail's "Perlu dicek" banner: why the storefront flagged the order, and "Tandai sudah
 * dicek" for those who may act on it (ADMIN, CS: the roles that see money, so the warehouse sees
 * neither). Hidden when the order is not flagged.
 *
 * @see <a href="../../../../../../../docs/decisions/0147-perlu-dicek-in-list-order.md">0147 perlu dicek</a>
 */
class OrderReviewBanner extends Div {

    private final OrderQueryService queries;
    private final OrderService orders;
    private final Runnable changed;
    final Span reason = new Span();
    final Button markReviewed = new Button();
    private String orderNumber = "";
    private long version;

    /** @param changed what to do once the flag is cleared (the view shows the order again) */
    OrderReviewBanner(OrderQueryService queries, OrderService orders, Runnable changed) {
        this.queries = queries;
        this.orders = orders;
        this.changed = changed;
        setId("detail-review");
        addClassName("orderan-review-banner");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("background", "#fde2e1").set("color", "#8a1c14");
        var title = new Span(VaadinIcon.WARNING.create(), new Span(getTranslation("detail.review.title")));
        title.getStyle().set("font-weight", "600").set("display", "inline-flex").set("gap", "var(--lumo-space-xs)")
                .set("align-items", "center");
        reason.setId("detail-review-reason");
        markReviewed.setText(getTranslation("detail.review.mark"));
        markReviewed.setIcon(VaadinIcon.CHECK.create());
        markReviewed.setId("detail-review-mark");
        markReviewed.addThemeVariants(ButtonVariant.LUMO_SMALL);
        markReviewed.addClickListener(e -> markReviewed());
        add(title, reason, markReviewed);
        setVisible(false);
    }

    /** Shows the order's flag; {@code mayAct} is false for the warehouse (and then nothing is read). */
    void show(long orderId, boolean mayAct) {
        if (!mayAct) {
            setVisible(false);
            return;
        }
        SalesOrder order = queries.getById(orderId);
        orderNumber = order.getOrderNumber();
        version = order.getVersion();
        String why = order.getReviewReason();
        reason.setText(why == null ? "" : why);
        setVisible(order.isNeedsReview());
    }

    private void markReviewed() {
        if (Forms.attempt(this, () -> orders.markReviewed(orderNumber, version)) != null) {
            Notifications.success(getTranslation("detail.review.marked", orderNumber));
            changed.run();
        }
    }
}
