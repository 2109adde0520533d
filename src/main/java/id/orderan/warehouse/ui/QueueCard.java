package id.orderan.warehouse.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.orderan.base.JakartaTime;
import id.orderan.base.Rupiah;
import id.orderan.warehouse.QueueOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One order of a Gudang queue as a card (a link when it opens somewhere, so the router, the browser's
 * back button and a long-press "open in new tab" all work): the number large, its age, courier, recipient and city, the
 * items by SKU and, for COD parcels, the amount the courier collects (the one amount the warehouse
 * sees). A card with a target is a 44 px+ link to it (the packing table). Id
 * {@code queue-card-<order number>}.
 */
final class QueueCard extends Anchor {

    QueueCard(QueueOrder order, CourierNames couriers, LocalDate today, @Nullable String target) {
        addClassName("orderan-queue-card");
        setId("queue-card-" + order.orderNumber());
        Locale locale = getLocale();
        var top = new Div();
        top.addClassName("orderan-queue-card-top");
        var number = new Span(order.orderNumber());
        number.addClassName("orderan-queue-card-number");
        top.add(number, new Span(age(order.createdAt(), today, locale)));
        var courier = new Span(couriers.label(order.courier())
                + (order.courierService() == null ? "" : " " + order.courierService()));
        courier.addClassName("orderan-queue-card-courier");
        top.add(courier);
        if (order.codToCollect() != null) {
            var cod = new Span(getTranslation("warehouse.cod", Rupiah.format(order.codToCollect())));
            cod.addClassName("orderan-queue-card-cod");
            top.add(cod);
        }
        add(top);
        add(new Div(order.recipientName() + (order.city() == null ? "" : " · " + order.city())));
        var items = new Div(order.items().stream().map(i -> i.sku() + " ×" + i.quantity())
                .collect(Collectors.joining(", ")) + " · " + getTranslation("warehouse.pcs", order.totalQuantity()));
        items.addClassName("orderan-queue-card-items");
        add(items);
        if (order.resi() != null) {
            var resi = new Div(getTranslation("warehouse.resi", order.resi()));
            resi.addClassName("orderan-queue-card-resi");
            add(resi);
        }
        if (target != null) {
            addClassName("orderan-queue-card--tap");
            setHref(target);
        }
    }

    private String age(Instant createdAt, LocalDate today, Locale locale) {
        LocalDate day = LocalDate.ofInstant(createdAt, JakartaTime.ZONE);
        String time = JakartaTime.format(createdAt, locale);
        if (day.equals(today)) {
            return getTranslation("warehouse.age.today") + " " + time.substring(time.length() - 5);
        }
        if (day.equals(today.minusDays(1))) {
            return getTranslation("warehouse.age.yesterday") + " " + time.substring(time.length() - 5);
        }
        return time;
    }
}
