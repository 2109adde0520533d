package id.orderan.order.ui;

import id.orderan.order.OrderRow;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** "Kopi Gayo ×2, Teh Melati ×1 +1 lainnya": the first two products, then how many more. */
final class ProductSummary {

    static final int SHOWN = 2;

    private ProductSummary() {}

    static String of(List<OrderRow.ProductQuantity> products, IntFunction<String> moreLabel) {
        String shown = products.stream().limit(SHOWN)
                .map(p -> p.name() + " ×" + p.quantity())
                .collect(Collectors.joining(", "));
        int more = products.size() - SHOWN;
        return more > 0 ? shown + " " + moreLabel.apply(more) : shown;
    }

    /** Every product of the order: the cell's tooltip, as the cell shows only the first two on one line. */
    static String all(List<OrderRow.ProductQuantity> products) {
        return products.stream().map(p -> p.name() + " ×" + p.quantity()).collect(Collectors.joining(", "));
    }
}
