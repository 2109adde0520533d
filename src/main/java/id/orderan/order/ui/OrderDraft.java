package id.orderan.order.ui;

import id.orderan.base.Address;
import id.orderan.catalog.ProductRow;
import id.orderan.customer.Customer;
import id.orderan.customer.PhoneNumber;
import id.orderan.order.CreateOrderCommand;
import id.orderan.order.DiscountUnit;
import id.orderan.order.OrderSource;
import id.orderan.order.Pricing;
import id.orderan.order.SalesOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the order form holds, as the form's {@code Binder} reads and writes it ({@code readRecord} /
 * {@code writeRecord}; every component is bound by name). The courier is not here: its picker belongs
 * to shipping and is read next to the draft. Public because {@code writeRecord} calls the canonical
 * constructor reflectively; keep it the only constructor.
 */
public record OrderDraft(
        @Nullable Customer customer,
        String senderName,
        String senderPhone,
        String recipientName,
        String recipientPhone,
        Address shipTo,
        List<Line> lines,
        long discount,
        DiscountUnit discountUnit,
        long shippingCost,
        long insurance,
        long otherFee,
        int uniqueCode,
        String courierService,
        boolean cod,
        String note) {

    /** One product line; an empty price means "the product's current price" to the service. */
    public record Line(@Nullable ProductRow product, int quantity, @Nullable Long unitPrice) {

        static Line empty() {
            return new Line(null, 1, null);
        }

        long total() {
            return product == null || unitPrice == null ? 0 : Pricing.lineTotal(unitPrice, quantity);
        }
    }

    static OrderDraft empty() {
        return new OrderDraft(null, "", "", "", "", Address.empty(), List.of(Line.empty()), 0, DiscountUnit.RP, 0, 0,
                0, 0, "", false, "");
    }

    /** An order as the form shows it for an edit; {@code products} are its lines' products by id. */
    static OrderDraft of(SalesOrder order, Customer buyer, Map<Long, ProductRow> products) {
        List<Line> lines = order.getLines().stream().map(l -> new Line(
                l.getProductId() == null ? null : products.get(l.getProductId()), l.getQuantity(), l.getUnitPrice()))
                .toList();
        return new OrderDraft(buyer, text(order.getSenderName()), text(order.getSenderPhone()),
                order.getRecipientName(), order.getRecipientPhone() == null ? ""
                        : PhoneNumber.display(order.getRecipientPhone()), order.getShippingAddress(), lines,
                order.getDiscount(), DiscountUnit.RP, order.getShippingCost(), order.getInsurance(),
                order.getOtherFee(), order.getUniqueCode(), text(order.getCourierService()), order.isCod(),
                text(order.getNote()));
    }

    /** The price as it will be saved: the same {@link Pricing} rule the order itself applies. */
    Pricing.Totals totals() {
        return Pricing.of(priced().stream().map(l -> new Pricing.Line(Objects.requireNonNullElse(l.unitPrice(), 0L),
                l.quantity())).toList(), discount, discountUnit, shippingCost, insurance, otherFee, uniqueCode);
    }

    /** Lines with a product picked; a row left empty is not part of the order. */
    List<Line> priced() {
        return lines.stream().filter(l -> l.product() != null).toList();
    }

    CreateOrderCommand toCommand(long customerId, @Nullable String courier) {
        List<CreateOrderCommand.Line> commandLines = priced().stream().map(l -> new CreateOrderCommand.Line(
                Objects.requireNonNull(l.product()).id(), l.quantity(), l.unitPrice())).toList();
        return new CreateOrderCommand(customerId, OrderSource.MANUAL, commandLines, totals().discount(), shippingCost,
                insurance, otherFee, uniqueCode, note, courier, courierService, senderName, senderPhone, cod);
    }

    /** What an {@link OrderDraftAction} gets: the priced lines at the prices shown, the discount in rupiah. */
    OrderDraftContent content(@Nullable String courier) {
        List<OrderDraftContent.Line> contentLines = priced().stream().map(l -> {
            var product = Objects.requireNonNull(l.product());
            long price = l.unitPrice() != null ? l.unitPrice() : Objects.requireNonNullElse(product.price(), 0L);
            return new OrderDraftContent.Line(product.id(), product.name(), l.quantity(), price);
        }).toList();
        return new OrderDraftContent(customer == null ? null : customer.getName(), recipientName, recipientPhone,
                shipTo, contentLines, totals().discount(), shippingCost, insurance, otherFee, uniqueCode, courier,
                courierService, cod, note);
    }

    private static String text(@Nullable String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
