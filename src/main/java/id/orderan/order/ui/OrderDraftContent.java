package id.orderan.order.ui;

import id.orderan.base.Address;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The Tambah Order form as an {@link OrderDraftAction} receives it: the lines with the prices shown
 * (a line without a product is left out; an empty price is the product's own), the discount already
 * in rupiah, the charges, the courier and the ship-to. No Vaadin or entity types.
 *
 * @param customerName the picked customer's name, or null when none was picked
 */
@NamedInterface("ui")
public record OrderDraftContent(
        @Nullable String customerName,
        String recipientName,
        String recipientPhone,
        Address shipTo,
        List<Line> lines,
        long discount,
        long shippingCost,
        long insurance,
        long otherFee,
        int uniqueCode,
        @Nullable String courier,
        String courierService,
        boolean cod,
        String note) {

    @NamedInterface("ui")
    public record Line(long productId, String productName, int quantity, long unitPrice) {}

    public OrderDraftContent {
        lines = List.copyOf(lines);
    }
}
