package id.orderan.document;

import id.orderan.catalog.ProductRow;
import id.orderan.order.OrderSheet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What to take from the shelves for a batch of orders: one line per SKU with the quantity summed over
 * the orders, in the order a picker walks the racks (the product's location, compared as a person
 * reads it: A-2 before A-10), products without a location last. No money in it: the warehouse reads it.
 *
 * <p>{@link #of} is a pure function of the orders and their products, unit-tested without Spring; the
 * screen ({@code warehouse.PicklistService}) and the PDF ({@link WarehouseDocuments}) both build it.
 *
 * @param orderNumbers the orders it serves, in the order they were chosen
 * @see <a href="../../../../../../docs/decisions/0172-picklist-by-sku-in-rack-order.md">0172</a>
 */
public record Picklist(List<Line> lines, List<String> orderNumbers, int totalQuantity) {

    /**
     * @param location rack/bin from the product; null when the product has none (or no longer exists)
     * @param orderNumbers the orders this line serves, each once
     */
    public record Line(String sku, String name, @Nullable String location, @Nullable String barcode, int quantity,
            List<String> orderNumbers) {}

    /** The walk order of the racks: located lines first, by location read naturally, then by SKU. */
    static final Comparator<Line> WALK = Comparator.<Line, Boolean>comparing(l -> l.location() == null)
            .thenComparing(Line::location, Comparator.nullsLast(Picklist::compareNaturally))
            .thenComparing(Line::sku, Picklist::compareNaturally);

    /**
     * Sums the orders' lines by SKU. The SKU is the order line's own (what the buyer ordered, kept on the
     * order), the location and barcode are the product's as it is now (where it sits today).
     *
     * @param products the products of the lines, by id (missing ones print without location)
     */
    public static Picklist of(List<OrderSheet> orders, Map<Long, ProductRow> products) {
        Map<String, Builder> bySku = new LinkedHashMap<>();
        int total = 0;
        for (OrderSheet order : orders) {
            for (OrderSheet.Line line : order.lines()) {
                ProductRow product = line.productId() == null ? null : products.get(line.productId());
                Builder builder = bySku.computeIfAbsent(line.sku(), sku -> new Builder(sku, line.productName(),
                        product == null ? null : blankToNull(product.location()),
                        product == null ? null : blankToNull(product.barcode())));
                builder.quantity += line.quantity();
                builder.orders.add(order.orderNumber());
                total += line.quantity();
            }
        }
        List<Line> lines = new ArrayList<>(bySku.size());
        bySku.values().forEach(b -> lines.add(new Line(b.sku, b.name, b.location, b.barcode, b.quantity,
                List.copyOf(b.orders))));
        lines.sort(WALK);
        return new Picklist(List.copyOf(lines), orders.stream().map(OrderSheet::orderNumber).toList(), total);
    }

    /**
     * Compares text the way a person reads rack labels: runs of digits by their number ("A-2" before
     * "A-10"), everything else ignoring case.
     */
    static int compareNaturally(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = i;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                int endB = j;
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                String runA = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
                String runB = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
                int byLength = Integer.compare(runA.length(), runB.length());
                if (byLength != 0) {
                    return byLength;
                }
                int byDigits = runA.compareTo(runB);
                if (byDigits != 0) {
                    return byDigits;
                }
                i = endA;
                j = endB;
            } else {
                int byChar = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static final class Builder {
        private final String sku;
        private final String name;
        private final @Nullable String location;
        private final @Nullable String barcode;
        private int quantity;
        private final Set<String> orders = new LinkedHashSet<>();

        Builder(String sku, String name, @Nullable String location, @Nullable String barcode) {
            this.sku = sku;
            this.name = name;
            this.location = location;
            this.barcode = barcode;
        }
    }
}
