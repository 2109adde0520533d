package id.orderan.warehouse;

import static id.orderan.support.TestData.asAdmin;

import id.orderan.catalog.Product;
import id.orderan.catalog.ProductCommand;
import id.orderan.catalog.ProductService;
import id.orderan.customer.Customer;
import id.orderan.order.CreateOrderCommand;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.support.TestData;
import java.util.List;

/**
 * A paid COD order at the packing table: 2 × Kopi Gayo (barcode BC-KOPI-01, rack A-01-2) and 1 × Teh Melati
 * (no barcode, rack B-03), courier JNE REG, prices that must never reach the warehouse.
 */
public record PackingFixture(SalesOrder order, Product kopi, Product teh) {

    public static PackingFixture create(TestData data, ProductService products) {
        Customer budi = data.customer().create();
        Product kopi = asAdmin(() -> products.create(new ProductCommand("KOPI-GAYO", "Kopi Gayo", 87_500, 250,
                "BC-KOPI-01", "A-01-2", 0, true, true, 100)));
        Product teh = asAdmin(() -> products.create(new ProductCommand("TEH-MELATI", "Teh Melati", 43_100, 100, null,
                "B-03", 0, true, true, 100)));
        SalesOrder order = data.order(new CreateOrderCommand(budi.getId(), OrderSource.MANUAL, List.of(
                new CreateOrderCommand.Line(kopi.getId(), 2, null), new CreateOrderCommand.Line(teh.getId(), 1, null)),
                0, 20_000, 0, 0, 0, null, "JNE", "REG", null, null, true));
        data.forceStatus(order, OrderStatus.SEDANG_DIPROSES, "");
        return new PackingFixture(order, kopi, teh);
    }

    /** Another paid order of the same products, for a second buyer. */
    public PackingFixture another(TestData data) {
        Customer sari = data.customer().name("Sari Dewi").phone("0813-1111-2222").create();
        SalesOrder next = data.order(new CreateOrderCommand(sari.getId(), OrderSource.MANUAL, List.of(
                new CreateOrderCommand.Line(kopi.getId(), 2, null), new CreateOrderCommand.Line(teh.getId(), 1, null)),
                0, 20_000, 0, 0, 0, null, "JNE", "REG", null, null, true));
        data.forceStatus(next, OrderStatus.SEDANG_DIPROSES, "");
        return new PackingFixture(next, kopi, teh);
    }

    public String number() {
        return order.getOrderNumber();
    }
}
