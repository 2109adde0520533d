package id.orderan.order;

import id.orderan.base.Address;
import id.orderan.base.Rupiah;
import id.orderan.customer.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An edit as the order would look after it, every value resolved (products and their prices, the
 * buyer, the address from the area data, phones normalised), so that it can be compared with the
 * order field by field. Values staff see on the timeline come from here too.
 *
 * @see OrderEditPolicy
 */
record OrderEdit(
        long customerId,
        String customerName,
        List<Line> lines,
        long discount,
        long shippingCost,
        long insurance,
        long otherFee,
        int uniqueCode,
        boolean cod,
        @Nullable String courier,
        @Nullable String courierService,
        @Nullable String senderName,
        @Nullable String senderPhone,
        String recipientName,
        @Nullable String recipientPhone,
        Address address,
        @Nullable String note) {

    record Line(long productId, String sku, String name, long unitPrice, int quantity) {}

    /** Every field whose value differs, in the order of {@link OrderField}. */
    List<FieldChange> changesFrom(SalesOrder order) {
        List<FieldChange> changes = new ArrayList<>();
        if (customerId != order.getCustomerId()) {
            changes.add(FieldChange.of(OrderField.CUSTOMER, order.getCustomerName(), customerName));
        }
        List<Line> before = order.getLines().stream().map(l -> new Line(l.getProductId() == null ? -1 : l.getProductId(),
                l.getSku(), l.getProductName(), l.getUnitPrice(), l.getQuantity())).toList();
        if (!products(before).equals(products(lines))) {
            changes.add(FieldChange.of(OrderField.LINES, quantities(before), quantities(lines)));
        }
        Map<Long, Line> pricedBefore = firstPerProduct(before);
        Map<Long, Line> pricedAfter = firstPerProduct(lines);
        List<Line> repricedBefore = new ArrayList<>();
        List<Line> repricedAfter = new ArrayList<>();
        pricedAfter.forEach((productId, after) -> {
            Line was = pricedBefore.get(productId);
            if (was != null && was.unitPrice() != after.unitPrice()) {
                repricedBefore.add(was);
                repricedAfter.add(after);
            }
        });
        if (!repricedAfter.isEmpty()) {
            changes.add(FieldChange.of(OrderField.PRICES, prices(repricedBefore), prices(repricedAfter)));
        }
        amount(changes, OrderField.DISCOUNT, order.getDiscount(), discount);
        amount(changes, OrderField.SHIPPING_COST, order.getShippingCost(), shippingCost);
        amount(changes, OrderField.INSURANCE, order.getInsurance(), insurance);
        amount(changes, OrderField.OTHER_FEE, order.getOtherFee(), otherFee);
        if (order.getUniqueCode() != uniqueCode) {
            changes.add(FieldChange.of(OrderField.UNIQUE_CODE, String.valueOf(order.getUniqueCode()),
                    String.valueOf(uniqueCode)));
        }
        if (order.isCod() != cod) {
            changes.add(FieldChange.of(OrderField.COD, String.valueOf(order.isCod()), String.valueOf(cod)));
        }
        text(changes, OrderField.COURIER, joined(" ", order.getCourier(), order.getCourierService()),
                joined(" ", courier, courierService));
        text(changes, OrderField.SENDER, joined(" · ", order.getSenderName(), phone(order.getSenderPhone())),
                joined(" · ", senderName, phone(senderPhone)));
        text(changes, OrderField.RECIPIENT, joined(" · ", order.getRecipientName(), phone(order.getRecipientPhone())),
                joined(" · ", recipientName, phone(recipientPhone)));
        if (!order.getShippingAddress().trimmed().equals(address.trimmed())) {
            changes.add(FieldChange.of(OrderField.ADDRESS, blankToNull(order.getShippingAddress().singleLine()),
                    blankToNull(address.singleLine())));
        }
        text(changes, OrderField.NOTE, order.getNote(), note);
        return changes;
    }

    static boolean linesOrPricesChanged(List<FieldChange> changes) {
        return changes.stream().anyMatch(c -> c.field() == OrderField.LINES || c.field() == OrderField.PRICES);
    }

    static boolean touchesMoney(List<FieldChange> changes) {
        return changes.stream().anyMatch(c -> c.field().amount() || c.field() == OrderField.LINES
                || c.field() == OrderField.COD);
    }

    private static List<List<Long>> products(List<Line> lines) {
        return lines.stream().map(l -> List.of(l.productId(), (long) l.quantity())).toList();
    }

    private static Map<Long, Line> firstPerProduct(List<Line> lines) {
        Map<Long, Line> first = new LinkedHashMap<>();
        lines.forEach(l -> first.putIfAbsent(l.productId(), l));
        return first;
    }

    private static String quantities(List<Line> lines) {
        return lines.stream().map(l -> l.name() + " ×" + l.quantity()).collect(Collectors.joining(", "));
    }

    private static String prices(List<Line> lines) {
        return lines.stream().map(l -> l.name() + " " + Rupiah.format(l.unitPrice())).collect(Collectors.joining(", "));
    }

    private static void amount(List<FieldChange> changes, OrderField field, long before, long after) {
        if (before != after) {
            changes.add(FieldChange.of(field, Rupiah.format(before), Rupiah.format(after)));
        }
    }

    private static void text(List<FieldChange> changes, OrderField field, @Nullable String before,
            @Nullable String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            changes.add(FieldChange.of(field, blankToNull(before), blankToNull(after)));
        }
    }

    private static @Nullable String phone(@Nullable String normalized) {
        return normalized == null ? null : PhoneNumber.display(normalized);
    }

    private static @Nullable String joined(String separator, @Nullable String... parts) {
        return blankToNull(Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank())
                .collect(Collectors.joining(separator)));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
