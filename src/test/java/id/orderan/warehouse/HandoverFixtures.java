package id.orderan.warehouse;

import static id.orderan.support.TestData.as;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.Courier;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.shipping.ResiCommand;
import id.orderan.shipping.ShippingService;
import id.orderan.support.TestData;

/** Orders on their way, shipped through the real resi entry, for the handover and Diterima tests. */
public final class HandoverFixtures {

    private HandoverFixtures() {}

    /** A paid order in Sedang Diproses (no resi yet). */
    public static SalesOrder paid(TestData data) {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 1);
        data.forceStatus(order, OrderStatus.SEDANG_DIPROSES, "");
        return order;
    }

    /** A paid order given to {@code courier} under {@code resi} (→ Proses Pengiriman). */
    public static SalesOrder shipped(TestData data, ShippingService shipping, Courier courier, String resi) {
        SalesOrder order = paid(data);
        as("gudang", "GUDANG", () -> shipping.enterResi(
                new ResiCommand(order.getOrderNumber(), courier, "REG", resi, false)));
        return order;
    }
}
