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
import id.orderan.order.FieldChange;
import id.orderan.order.OrderField;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderService;
import id.orderan.order.OrderSheet;
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
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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
        if (OrderNotFound.find(event, number, queries::sheet) != null) {
            show(number);
        }
    }

    void show(String number) {
        removeAll();
        OrderSheet order = queries.sheet(number);
        title = order.orderNumber();
        OrderSheet.Totals totals = order.totals(); // null for the warehouse: it sees no money

        var heading = new FlexLayout(new H2(order.orderNumber()),
                Badge.of(getTranslation(order.status().labelKey()), order.status().badgeStyle()));
        if (order.cod()) { // what the courier collects: every role sees it, the warehouse included
            long toCollect = java.util.Objects.requireNonNullElse(order.codToCollect(), 0L);
            Span cod = Badge.of(toCollect > 0 ? getTranslation("orders.cod.amount", Rupiah.format(toCollect))
                    : getTranslation("orders.cod"), "cod");
            cod.setId("detail-cod");
            heading.add(cod);
        }
        heading.setAlignItems(Alignment.CENTER);
        heading.getStyle().set("gap", "var(--lumo-space-m)");
        add(heading, new Paragraph(getTranslation("detail.created", JakartaTime.format(order.createdAt(), getLocale()),
                getTranslation(order.source().labelKey()))));

        actionButtons.removeAll();
        actionButtons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actionButtons.getStyle().set("gap", "var(--lumo-space-s)");
        for (OrderActions.Action action : actions.available(order.status(), order.cod())) {
            if (action == OrderActions.Action.DETAIL) {
                continue;
            }
            var button = new Button(getTranslation("order-action." + action.name().toLowerCase(Locale.ROOT).replace('_', '-')),
                    e -> actions.run(action, queries.sheet(number), () -> show(number)));
            button.setId("detail-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.addThemeName("large");
            actionButtons.add(button);
        }
        if (totals != null && order.status() != id.orderan.order.OrderStatus.CANCEL
                && order.status() != id.orderan.order.OrderStatus.RETUR) {
            actionButtons.add(followUpButton(number, id.orderan.followup.FollowUpChannel.WHATSAPP,
                    order.customerPhone() != null));
            actionButtons.add(followUpButton(number, id.orderan.followup.FollowUpChannel.EMAIL,
                    order.customerEmail() != null));
        }
        add(actionButtons);

        var buyer = new Div(new H3(getTranslation("detail.buyer")),
                new Paragraph(order.customerName() + " · " + getTranslation(order.customerCategory().labelKey())),
                new Paragraph(PhoneNumber.display(order.customerPhone())
                        + (order.customerEmail() == null ? "" : " · " + order.customerEmail())));
        var shipTo = new Div(new H3(getTranslation("detail.ship-to")),
                new Paragraph(order.recipientName() + " · " + PhoneNumber.display(order.recipientPhone())),
                new Paragraph(order.shippingAddress().singleLine()));
        if (order.senderName() != null) {
            shipTo.add(new Paragraph(getTranslation("detail.sender", order.senderName())));
        }
        var people = new FlexLayout(buyer, shipTo);
        people.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        people.getStyle().set("gap", "var(--lumo-space-xl)");
        add(people);

        var lines = new Grid<OrderSheet.Line>(OrderSheet.Line.class, false);
        lines.addColumn(OrderSheet.Line::productName).setHeader(getTranslation("order.form.product")).setFlexGrow(3);
        lines.addColumn(OrderSheet.Line::sku).setHeader("SKU").setAutoWidth(true);
        lines.addColumn(OrderSheet.Line::quantity).setHeader(getTranslation("order.form.quantity"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        if (totals != null) {
            lines.addColumn(l -> Rupiah.format(Objects.requireNonNull(l.unitPrice())))
                    .setHeader(getTranslation("order.form.unit-price")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            lines.addColumn(l -> Rupiah.format(Objects.requireNonNull(l.lineTotal())))
                    .setHeader(getTranslation("order.form.subtotal")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        lines.setItems(order.lines());
        lines.setAllRowsVisible(true);
        lines.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(lines);
        if (totals != null) {
            add(moneySummary(totals));
        }
        if (order.note() != null) {
            add(new Paragraph(getTranslation("order.form.note") + ": " + order.note()));
        }

        timeline.removeAll();
        timeline.addClassName("orderan-timeline");
        for (TimelineEntry entry : timeline(order.id(), totals != null)) {
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

    private Div moneySummary(OrderSheet.Totals totals) {
        var box = new Div();
        box.addClassName("orderan-totals");
        box.add(row("order.form.subtotal", totals.subtotal()), row("order.form.discount", -totals.discount()),
                row("order.form.shipping", totals.shippingCost()), row("order.form.insurance", totals.insurance()),
                row("order.form.other-fee", totals.otherFee()), row("order.form.unique-code", totals.uniqueCode()),
                row("order.form.total", totals.grandTotal()), row("detail.paid", totals.amountPaid()),
                row("detail.remaining", totals.remaining()));
        return box;
    }

    /**
     * All events of the order, from every feature, newest first by the moment each was recorded.
     *
     * @see <a href="../../../../../../../docs/decisions/0080-timeline-by-recorded-time.md">0080 timeline order</a>
     */
    List<TimelineEntry> timeline(long orderId, boolean money) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (StatusChange change : orders.history(orderId)) {
            String text;
            if (change.getFromStatus() == null) {
                text = getTranslation("timeline.created");
            } else if (!change.getFields().isEmpty()) {
                text = edited(change.getFields());
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
            for (Payment payment : payments.payments(orderId)) {
                // placed when it was recorded; the paid-on date (stored at noon) is only named in the text
                entries.add(new TimelineEntry(payment.getCreatedAt(), payment.getRecordedBy(), getTranslation(
                        "timeline.payment-paid-on", getTranslation("payment.kind." + payment.getKind().name().toLowerCase(Locale.ROOT)),
                        Rupiah.format(payment.getAmount()), payment.getMethod(),
                        JakartaTime.format(payment.getPaidAt().atZone(JakartaTime.ZONE).toLocalDate(), getLocale()))));
            }
            // the buyer's bank details and what they transferred: not for the warehouse either
            for (PaymentConfirmation confirmation : payments.confirmations(orderId)) {
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
        for (Shipment shipment : shipping.shipments(orderId)) {
            if (shipment.getDeliveredAt() != null) {
                entries.add(new TimelineEntry(shipment.getDeliveredAt(), "", getTranslation("timeline.delivered",
                        shipment.getCourier().label())));
            }
        }
        if (money) {
            for (FollowUp followUp : followUps.history(orderId)) {
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

    /** "Order diubah: Kurir: JNE REG → SICEPAT BEST; Ongkir diubah" (the warehouse gets no amounts). */
    private String edited(List<FieldChange> fields) {
        return getTranslation("timeline.edited", fields.stream().map(field -> {
            String label = getTranslation(field.field().labelKey());
            return field.amountWithheld() ? getTranslation("timeline.edited-amount-hidden", label)
                    : getTranslation("timeline.edited-field", label, value(field, field.before()),
                            value(field, field.after()));
        }).collect(Collectors.joining("; ")));
    }

    private String value(FieldChange field, @Nullable String value) {
        if (value == null) {
            return getTranslation("timeline.empty-value");
        }
        return field.field() == OrderField.COD ? getTranslation(Boolean.parseBoolean(value) ? "timeline.yes" : "timeline.no")
                : value;
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
