package id.orderan.order.ui;

import com.vaadin.flow.component.UI;
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
import id.orderan.order.FieldChange;
import id.orderan.order.OrderField;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderService;
import id.orderan.order.OrderSheet;
import id.orderan.order.OrderTimelineContributor;
import id.orderan.order.StatusChange;
import id.orderan.order.TimelineEntry;
import id.orderan.order.TimelineText;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one order (route {@code orders/:number}) and its timeline: created, each status
 * change with who/when/why, and what the features above {@code order} contribute (payments,
 * confirmations, deliveries, follow-ups), newest first. Their action buttons and timeline entries come
 * from {@link OrderAction} and {@link OrderTimelineContributor} beans: this view imports none of them.
 *
 * @see <a href="../../../../../../../docs/decisions/0100-contributors-instead-of-imports.md">0100 contributors</a>
 */
@Route("orders/:number")
@PermitAll
public class OrderDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderQueryService queries;
    private final OrderService orders;
    private final OrderActions actions;
    private final List<OrderTimelineContributor> timelineContributors;
    private final List<TimelineRetry> retries;
    private String title = "";
    final UnorderedList timeline = new UnorderedList();
    final FlexLayout actionButtons = new FlexLayout();
    final OrderReviewBanner reviewBanner;

    /** {@code timelineContributors} in their {@code @Order}: same-instant entries keep that order. */
    public OrderDetailView(OrderQueryService queries, OrderService orders, OrderActions actions,
            List<OrderTimelineContributor> timelineContributors, List<TimelineRetry> retries) {
        this.queries = queries;
        this.orders = orders;
        this.actions = actions;
        this.timelineContributors = List.copyOf(timelineContributors);
        this.retries = List.copyOf(retries);
        this.reviewBanner = new OrderReviewBanner(queries, orders, () -> show(title));
        addClassNames("orderan-page", "orderan-order-detail");
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String number = event.getRouteParameters().get("number").orElse("");
        OrderSheet order = OrderNotFound.find(event, number, queries::sheet);
        if (order != null) {
            show(order); // the sheet just read: no second read of the order on opening it
        }
    }

    /** Reads the order again and shows it: after an action, a retry or a review. */
    void show(String number) {
        show(queries.sheet(number));
    }

    private void show(OrderSheet order) {
        String number = order.orderNumber();
        removeAll();
        title = order.orderNumber();
        OrderSheet.Totals totals = order.totals(); // null for the warehouse: it sees no money

        var heading = new FlexLayout(new H2(order.orderNumber()),
                Badge.of(getTranslation(order.status().labelKey()), order.status().badgeStyle()));
        if (order.cod()) { // what the courier collects: every role sees it, the warehouse included
            long toCollect = Objects.requireNonNullElse(order.codToCollect(), 0L);
            Span cod = Badge.of(toCollect > 0 ? getTranslation("orders.cod.amount", Rupiah.format(toCollect))
                    : getTranslation("orders.cod"), "cod");
            cod.setId("detail-cod");
            heading.add(cod);
        }
        if (order.shippingToConfirm()) { // an order form left the ongkir to the admin: set it in Edit
            Span ongkir = Badge.of(getTranslation("order.shipping-to-confirm"), "ongkir");
            ongkir.setId("detail-shipping-to-confirm");
            heading.add(ongkir);
        }
        heading.setAlignItems(Alignment.CENTER);
        heading.getStyle().set("gap", "var(--lumo-space-m)");
        add(heading, new Paragraph(getTranslation("detail.created", JakartaTime.format(order.createdAt(), getLocale()),
                getTranslation(order.source().labelKey()))), reviewBanner);
        reviewBanner.show(order.id(), totals != null);

        actionButtons.removeAll();
        actionButtons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actionButtons.getStyle().set("gap", "var(--lumo-space-s)");
        for (OrderAction action : actions.available(order.status(), order.cod(), OrderAction.Place.DETAIL)) {
            actionButtons.add(detailButton(action, order));
        }
        add(actionButtons);
        if (totals != null) { // the buyer's page shows money: ADMIN and CS only (decision 0152)
            add(new BuyerLinkSection(orders, order.orderNumber(), () -> show(number)));
        }

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
            var item = new ListItem(new Span(JakartaTime.format(entry.at(), getLocale())), new Span(text(entry.who())),
                    new Span(text(entry.text())));
            TimelineEntry.Retry retry = entry.retry();
            if (retry != null) {
                retries.stream().filter(r -> r.kind().equals(retry.kind())).findFirst().ifPresent(retrier -> {
                    var button = new Button(getTranslation("followup.retry"), e -> {
                        retrier.retry(retry.id(), UI.getCurrent());
                        show(number);
                    });
                    button.addThemeNames("small", "tertiary");
                    button.setId("timeline-retry-" + retry.id());
                    item.add(button);
                });
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
            entries.add(new TimelineEntry(change.getChangedAt(), change.getChangedBy(), TimelineText.plain(text)));
        }
        for (OrderTimelineContributor contributor : timelineContributors) {
            entries.addAll(contributor.entries(orderId, money));
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

    /** Ids {@code detail-<action id>}; disabled with a tooltip saying why where the action says so. */
    private Button detailButton(OrderAction action, OrderSheet order) {
        String number = order.orderNumber();
        // by number: the action reads the order afresh when it needs it (printing a label does not)
        var button = new Button(getTranslation(action.labelKey()), e -> actions.run(action, number, () -> show(number)));
        var icon = action.detailIcon();
        if (icon != null) {
            button.setIcon(icon.create());
        }
        button.setId("detail-" + action.id());
        button.addThemeName("large");
        String unavailable = action.unavailableKey(order);
        if (unavailable != null) {
            button.setEnabled(false);
            button.setTooltipText(getTranslation(unavailable));
        }
        return button;
    }

    /** A contributed text in the user's language: keys translated, dates in their locale. */
    private String text(TimelineText text) {
        return switch (text) {
            case TimelineText.Plain plain -> plain.value();
            case TimelineText.Translated translated -> getTranslation(translated.key(),
                    translated.args().stream().map(this::argument).toArray());
            case TimelineText.Joined joined -> joined.parts().stream().map(this::text).collect(Collectors.joining());
        };
    }

    private Object argument(Object argument) {
        return switch (argument) {
            case TimelineText text -> text(text);
            case LocalDate date -> JakartaTime.format(date, getLocale());
            default -> argument;
        };
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
