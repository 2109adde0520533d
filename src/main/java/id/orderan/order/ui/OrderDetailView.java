package id.orderan.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.JakartaTime;
import id.orderan.base.Rupiah;
import id.orderan.base.ui.Badge;
import id.orderan.customer.PhoneNumber;
import id.orderan.followup.FollowUp;
import id.orderan.followup.FollowUpService;
import id.orderan.followup.FollowUpState;
import id.orderan.order.OrderLine;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderService;
import id.orderan.order.SalesOrder;
import id.orderan.order.StatusChange;
import id.orderan.payment.ConfirmationState;
import id.orderan.payment.Payment;
import id.orderan.payment.PaymentConfirmation;
import id.orderan.payment.PaymentService;
import id.orderan.shipping.Shipment;
import id.orderan.shipping.ShippingService;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything about one order (route {@code orders/:number}) and its timeline: created, each status
 * change with who/when/why, payments, confirmations and shipments, newest first.
 */
@Route("orders/:number")
@PermitAll
public class OrderDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** {@code retryFollowUp}: the id of a failed email the user can send again from here. */
    record TimelineEntry(Instant at, String who, String text, @org.jspecify.annotations.Nullable Long retryFollowUp) {

        TimelineEntry(Instant at, String who, String text) {
            this(at, who, text, null);
        }
    }

    private final OrderQueryService queries;
    private final OrderService orders;
    private final PaymentService payments;
    private final ShippingService shipping;
    private final OrderActions actions;
    private String title = "";
    final UnorderedList timeline = new UnorderedList();
    final FlexLayout actionButtons = new FlexLayout();

    private final FollowUpService followUps;

    public OrderDetailView(OrderQueryService queries, OrderService orders, PaymentService payments,
            ShippingService shipping, OrderActions actions, FollowUpService followUps) {
        this.followUps = followUps;
        this.queries = queries;
        this.orders = orders;
        this.payments = payments;
        this.shipping = shipping;
        this.actions = actions;
        addClassNames("orderan-page", "orderan-order-detail");
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String number = event.getRouteParameters().get("number").orElse("");
        if (OrderNotFound.find(event, number, queries) != null) {
            show(number);
        }
    }

    void show(String number) {
        removeAll();
        SalesOrder order = queries.getByNumber(number);
        title = order.getOrderNumber();
        boolean money = actions.maySeeMoney();

        var heading = new FlexLayout(new H2(order.getOrderNumber()),
                Badge.of(getTranslation(order.getStatus().labelKey()), order.getStatus().badgeStyle()));
        heading.setAlignItems(Alignment.CENTER);
        heading.getStyle().set("gap", "var(--lumo-space-m)");
        add(heading, new Paragraph(getTranslation("detail.created", JakartaTime.format(order.getCreatedAt(), getLocale()),
                getTranslation(order.getSource().labelKey()))));

        actionButtons.removeAll();
        actionButtons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actionButtons.getStyle().set("gap", "var(--lumo-space-s)");
        for (OrderActions.Action action : actions.available(order.getStatus())) {
            if (action == OrderActions.Action.DETAIL) {
                continue;
            }
            var button = new Button(getTranslation("order-action." + action.name().toLowerCase(Locale.ROOT).replace('_', '-')),
                    e -> actions.run(action, queries.getByNumber(number), () -> show(number)));
            button.setId("detail-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.addThemeName("large");
            actionButtons.add(button);
        }
        if (money && order.getStatus() != id.orderan.order.OrderStatus.CANCEL
                && order.getStatus() != id.orderan.order.OrderStatus.RETUR) {
            actionButtons.add(followUpButton(number, id.orderan.followup.FollowUpChannel.WHATSAPP,
                    order.getCustomerPhone() != null));
            actionButtons.add(followUpButton(number, id.orderan.followup.FollowUpChannel.EMAIL,
                    order.getCustomerEmail() != null));
        }
        add(actionButtons);

        var buyer = new Div(new H3(getTranslation("detail.buyer")),
                new Paragraph(order.getCustomerName() + " · " + getTranslation(order.getCustomerCategory().labelKey())),
                new Paragraph(PhoneNumber.display(order.getCustomerPhone())
                        + (order.getCustomerEmail() == null ? "" : " · " + order.getCustomerEmail())));
        var shipTo = new Div(new H3(getTranslation("detail.ship-to")),
                new Paragraph(order.getRecipientName() + " · " + PhoneNumber.display(order.getRecipientPhone())),
                new Paragraph(order.getShippingAddress().singleLine()));
        if (order.getSenderName() != null) {
            shipTo.add(new Paragraph(getTranslation("detail.sender", order.getSenderName())));
        }
        var people = new FlexLayout(buyer, shipTo);
        people.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        people.getStyle().set("gap", "var(--lumo-space-xl)");
        add(people);

        var lines = new Grid<OrderLine>(OrderLine.class, false);
        lines.addColumn(OrderLine::getProductName).setHeader(getTranslation("order.form.product")).setFlexGrow(3);
        lines.addColumn(OrderLine::getSku).setHeader("SKU").setAutoWidth(true);
        lines.addColumn(OrderLine::getQuantity).setHeader(getTranslation("order.form.quantity"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        if (money) {
            lines.addColumn(l -> Rupiah.format(l.getUnitPrice())).setHeader(getTranslation("order.form.unit-price"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            lines.addColumn(l -> Rupiah.format(l.lineTotal())).setHeader(getTranslation("order.form.subtotal"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        lines.setItems(order.getLines());
        lines.setAllRowsVisible(true);
        lines.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(lines);
        if (money) {
            add(moneySummary(order));
        }
        if (order.getNote() != null) {
            add(new Paragraph(getTranslation("order.form.note") + ": " + order.getNote()));
        }

        timeline.removeAll();
        timeline.addClassName("orderan-timeline");
        for (TimelineEntry entry : timeline(order, money)) {
            var item = new ListItem(new Span(JakartaTime.format(entry.at(), getLocale())), new Span(entry.who()),
                    new Span(entry.text()));
            if (entry.retryFollowUp() != null) {
                long id = entry.retryFollowUp();
                var retry = new Button(getTranslation("followup.retry"), e -> retry(id, number));
                retry.addThemeNames("small", "tertiary");
                retry.setId("timeline-retry-" + id);
                item.add(retry);
            }
            timeline.add(item);
        }
        add(new H3(getTranslation("detail.timeline")), timeline);
    }

    private Div moneySummary(SalesOrder order) {
        var box = new Div();
        box.addClassName("orderan-totals");
        box.add(row("order.form.subtotal", order.getSubtotal()), row("order.form.discount", -order.getDiscount()),
                row("order.form.shipping", order.getShippingCost()), row("order.form.insurance", order.getInsurance()),
                row("order.form.other-fee", order.getOtherFee()), row("order.form.unique-code", order.getUniqueCode()),
                row("order.form.total", order.getGrandTotal()), row("detail.paid", order.getAmountPaid()),
                row("detail.remaining", order.remaining()));
        return box;
    }

    /**
     * All events of the order, from every feature, newest first by the moment each was recorded.
     *
     * @see <a href="../../../../../../../docs/decisions/0080-timeline-by-recorded-time.md">0080 timeline order</a>
     */
    List<TimelineEntry> timeline(SalesOrder order, boolean money) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (StatusChange change : orders.history(order.getId())) {
            String text;
            if (change.getFromStatus() == null) {
                text = getTranslation("timeline.created");
            } else if (change.getFromStatus() == change.getToStatus()) {
                text = change.getNote() == null ? "" : change.getNote();
            } else {
                text = getTranslation("timeline.moved", getTranslation(change.getFromStatus().labelKey()),
                        getTranslation(change.getToStatus().labelKey()))
                        + (change.getNote() == null ? "" : " — " + change.getNote());
            }
            entries.add(new TimelineEntry(change.getChangedAt(), change.getChangedBy(), text));
        }
        if (money) {
            for (Payment payment : payments.payments(order.getId())) {
                // placed when it was recorded; the paid-on date (stored at noon) is only named in the text
                entries.add(new TimelineEntry(payment.getCreatedAt(), payment.getRecordedBy(), getTranslation(
                        "timeline.payment-paid-on", getTranslation("payment.kind." + payment.getKind().name().toLowerCase(Locale.ROOT)),
                        Rupiah.format(payment.getAmount()), payment.getMethod(),
                        JakartaTime.format(payment.getPaidAt().atZone(JakartaTime.ZONE).toLocalDate(), getLocale()))));
            }
            // the buyer's bank details and what they transferred: not for the warehouse either
            for (PaymentConfirmation confirmation : payments.confirmations(order.getId())) {
                entries.add(new TimelineEntry(confirmation.getSubmittedAt(),
                        confirmation.getSubmittedBy() == null ? getTranslation("timeline.buyer") : confirmation.getSubmittedBy(),
                        getTranslation("timeline.confirmation-transferred-on", confirmation.getBank(), confirmation.getAccountHolder(),
                                getTranslation("confirmation.state." + confirmation.getState().name().toLowerCase(Locale.ROOT)),
                                JakartaTime.format(confirmation.getTransferDate(), getLocale()))));
                if (confirmation.getState() == ConfirmationState.SUPERSEDED && confirmation.getDecidedAt() != null) {
                    entries.add(new TimelineEntry(confirmation.getDecidedAt(), Objects.requireNonNullElse(
                            confirmation.getDecidedBy(), ""), getTranslation("timeline.confirmation-superseded",
                            confirmation.getBank(), confirmation.getAccountHolder())));
                }
            }
        }
        for (Shipment shipment : shipping.shipments(order.getId())) {
            if (shipment.getDeliveredAt() != null) {
                entries.add(new TimelineEntry(shipment.getDeliveredAt(), "", getTranslation("timeline.delivered",
                        shipment.getCourier().label())));
            }
        }
        if (money) {
            for (FollowUp followUp : followUps.history(order.getId())) {
                var stage = followUp.getStage();
                String what = getTranslation(followUp.getChannel().labelKey())
                        + (stage == null ? "" : " " + getTranslation(stage.labelKey()));
                entries.add(new TimelineEntry(followUp.getSentAt(), followUp.getSentBy(), getTranslation(
                        followUp.timelineKey(), what, Objects.requireNonNullElse(followUp.getError(), "")),
                        followUp.canRetry() ? followUp.getId() : null));
            }
        }
        // by when each event was recorded; a stable sort keeps same-instant entries in the order above
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    private Button followUpButton(String number, id.orderan.followup.FollowUpChannel channel, boolean reachable) {
        var button = new Button(getTranslation("detail.followup." + channel.name().toLowerCase(Locale.ROOT)),
                (channel == id.orderan.followup.FollowUpChannel.WHATSAPP ? com.vaadin.flow.component.icon.VaadinIcon.COMMENT
                        : com.vaadin.flow.component.icon.VaadinIcon.ENVELOPE).create(),
                e -> actions.openFollowUp(number, channel, () -> show(number)));
        button.setId("detail-followup-" + channel.name().toLowerCase(Locale.ROOT));
        button.addThemeName("large");
        button.setEnabled(reachable);
        if (!reachable) {
            button.setTooltipText(getTranslation(channel == id.orderan.followup.FollowUpChannel.WHATSAPP
                    ? "followup.no-phone" : "followup.no-email"));
        }
        return button;
    }

    private void retry(long followUpId, String number) {
        FollowUp result = id.orderan.base.ui.Forms.attempt(this, () -> followUps.retry(followUpId));
        if (result != null && result.getState() == FollowUpState.SENT) {
            id.orderan.base.ui.Notifications.success(getTranslation("followup.sent"));
        } else if (result != null && result.getState() == FollowUpState.PENDING) {
            id.orderan.base.ui.Notifications.success(getTranslation("followup.queued"));
        } else if (result != null) {
            id.orderan.base.ui.Notifications.error(getTranslation("followup.failed", result.getError()));
        }
        show(number);
    }

    private Div row(String key, long amount) {
        var row = new Div(new Span(getTranslation(key)), new Span(key.equals("order.form.unique-code")
                ? String.valueOf(amount) : Rupiah.format(amount)));
        row.addClassName("orderan-totals__row");
        return row;
    }

    @Override
    public String getPageTitle() {
        return title + " · Orderan";
    }
}
