package id.orderan.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.base.Address;
import id.orderan.catalog.ProductRow;
import id.orderan.customer.CustomerCategory;
import id.orderan.order.OrderSheet;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The picklist computation alone: sums by SKU, the walk order of the racks, the orders each line serves. */
class PicklistTest {

    private static final Map<Long, ProductRow> PRODUCTS = Map.of(
            1L, product(1, "KAOS-M", "B-10", "8991"),
            2L, product(2, "KAOS-L", "B-2", null),
            3L, product(3, "TOPI", null, "8993"),
            4L, product(4, "TAS", "a-1", null),
            5L, product(5, "STIKER", "  ", null));

    @Test
    void quantities_of_the_same_sku_are_summed_over_the_orders() {
        Picklist picklist = Picklist.of(List.of(
                order("INV-1", line(1L, "KAOS-M", 2), line(3L, "TOPI", 1)),
                order("INV-2", line(1L, "KAOS-M", 3)),
                order("INV-3", line(3L, "TOPI", 4), line(2L, "KAOS-L", 1))), PRODUCTS);

        assertThat(picklist.lines()).extracting(Picklist.Line::sku, Picklist.Line::quantity)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("KAOS-M", 5),
                        org.assertj.core.groups.Tuple.tuple("TOPI", 5), org.assertj.core.groups.Tuple.tuple("KAOS-L", 1));
        assertThat(picklist.totalQuantity()).isEqualTo(11);
        assertThat(picklist.orderNumbers()).containsExactly("INV-1", "INV-2", "INV-3");
    }

    @Test
    void lines_follow_the_racks_read_naturally_and_products_without_a_location_come_last() {
        Picklist picklist = Picklist.of(List.of(order("INV-1", line(3L, "TOPI", 1), line(1L, "KAOS-M", 1),
                line(5L, "STIKER", 1), line(2L, "KAOS-L", 1), line(4L, "TAS", 1), line(null, "HAPUS", 1))), PRODUCTS);

        // a-1 before B-2 (case ignored), B-2 before B-10 (numbers by value); blank and missing locations last, by SKU
        assertThat(picklist.lines()).extracting(Picklist.Line::sku)
                .containsExactly("TAS", "KAOS-L", "KAOS-M", "HAPUS", "STIKER", "TOPI");
        assertThat(picklist.lines()).extracting(Picklist.Line::location)
                .containsExactly("a-1", "B-2", "B-10", null, null, null);
    }

    @Test
    void each_line_names_the_orders_it_serves_once_and_carries_the_product_barcode() {
        Picklist picklist = Picklist.of(List.of(
                order("INV-7", line(1L, "KAOS-M", 1), line(1L, "KAOS-M", 2)),
                order("INV-8", line(1L, "KAOS-M", 1))), PRODUCTS);

        Picklist.Line kaos = picklist.lines().getFirst();
        assertThat(kaos.quantity()).isEqualTo(4);
        assertThat(kaos.orderNumbers()).containsExactly("INV-7", "INV-8");
        assertThat(kaos.barcode()).isEqualTo("8991");
    }

    @Test
    void natural_comparison_reads_numbers_by_value() {
        List<String> racks = Arrays.asList("R-10-2", "r-2-10", "R-2-9", "R-002-1", "Q");
        racks.sort(Picklist::compareNaturally);
        assertThat(racks).containsExactly("Q", "R-002-1", "R-2-9", "r-2-10", "R-10-2");
    }

    private static OrderSheet.Line line(@Nullable Long productId, String sku, int quantity) {
        return new OrderSheet.Line(productId, sku + " name", sku, quantity, null, null);
    }

    private static OrderSheet order(String number, OrderSheet.Line... lines) {
        return new OrderSheet(1, number, OrderStatus.SEDANG_DIPROSES, OrderSource.MANUAL, Instant.EPOCH, "Budi",
                CustomerCategory.UMUM, null, null, "Budi", null, new Address(null, null, null, "Bandung", null, null,
                null), null, null, "JNE", null, null, false, null, List.of(lines), null, false);
    }

    private static ProductRow product(long id, String sku, @Nullable String location, @Nullable String barcode) {
        return new ProductRow(id, sku, sku + " name", null, 250, 10, barcode, location, 0, true, true, 0, null);
    }
}
