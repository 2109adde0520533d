package id.orderan.support;

import static id.orderan.support.TestData.asAdmin;

import id.orderan.catalog.Product;
import id.orderan.catalog.ProductCommand;
import id.orderan.catalog.ProductService;
import id.orderan.customer.Customer;
import id.orderan.order.CreateOrderCommand;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Orders as the warehouse station meets them: products with racks and barcodes, paid orders for a
 * courier (Sedang Diproses), packed, shipped with a resi, handed over in a manifest.
 */
@Component
public class WarehouseOrders {

    private final TestData data;
    private final ProductService products;
    private final JdbcTemplate jdbc;

    WarehouseOrders(TestData data, ProductService products, JdbcTemplate jdbc) {
        this.data = data;
        this.products = products;
        this.jdbc = jdbc;
    }

    public Customer buyer() {
        return data.customer().name("Sari Dewi").phone("0812-7000-1234").create();
    }

    public Product product(String sku, String name, @Nullable String location, @Nullable String barcode) {
        return asAdmin(() -> products.create(new ProductCommand(sku, name, 85_000, 300, barcode, location, 0, true, true,
                1000)));
    }

    /** A paid order (Sedang Diproses) for a courier; {@code lines} product → quantity, in order. */
    public SalesOrder paid(Customer buyer, String courier, boolean cod, Map<Product, Integer> lines) {
        List<CreateOrderCommand.Line> orderLines = new ArrayList<>();
        lines.forEach((product, quantity) -> orderLines.add(new CreateOrderCommand.Line(product.getId(), quantity, null)));
        SalesOrder order = data.order(new CreateOrderCommand(buyer.getId(), OrderSource.MANUAL, orderLines, 0, 20_000,
                0, 0, 0, null, courier, "REG", null, null, cod));
        data.forceStatus(order, OrderStatus.SEDANG_DIPROSES, "");
        return order;
    }

    public void createdAt(SalesOrder order, Instant at) {
        jdbc.update("UPDATE sales_order SET created_at = ? WHERE id = ?", utc(at), order.getId());
    }

    /** Every item scanned at the packing table. */
    public void packed(SalesOrder order, Instant at) {
        jdbc.update("INSERT INTO order_packing (order_id, started_by, started_at, packed_by, packed_at, version)"
                + " VALUES (?, 'gudang', ?, 'gudang', ?, 0)", order.getId(), utc(at), utc(at));
    }

    /** Scanning started but not finished: still Siap dikemas. */
    public void packingStarted(SalesOrder order) {
        jdbc.update("INSERT INTO order_packing (order_id, started_by, started_at, version) VALUES (?, 'gudang', NOW(6), 0)",
                order.getId());
    }

    /** The resi entered: Proses Pengiriman with a shipment shipped at {@code at}. */
    public void shipped(SalesOrder order, String resi, Instant at) {
        data.forceStatus(order, OrderStatus.PROSES_PENGIRIMAN, "");
        jdbc.update("INSERT INTO shipment (order_id, courier, service, resi, shipped_at, created_by, created_at, version)"
                + " VALUES (?, 'JNE', 'REG', ?, ?, 'gudang', ?, 0)", order.getId(), resi, utc(at), utc(at));
    }

    /** The parcel scanned into a manifest, OPEN or CLOSED. */
    public void inManifest(SalesOrder order, String resi, boolean closed) {
        String number = "MAN-" + order.getId();
        jdbc.update("INSERT INTO handover_manifest (manifest_number, courier, state, parcel_count, opened_by, opened_at,"
                + " version) VALUES (?, 'JNE', ?, 1, 'gudang', NOW(6), 0)", number, closed ? "CLOSED" : "OPEN");
        Long manifest = jdbc.queryForObject("SELECT id FROM handover_manifest WHERE manifest_number = ?", Long.class,
                number);
        jdbc.update("INSERT INTO handover_parcel (manifest_id, order_id, resi, added_by, added_at) VALUES (?, ?, ?,"
                + " 'gudang', NOW(6))", manifest, order.getId(), resi);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
