package id.orderan.order;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.Address;
import id.orderan.base.BusinessException;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.payment.PaymentService;
import id.orderan.order.Courier;
import id.orderan.shipping.ResiCommand;
import id.orderan.shipping.ShippingService;
import id.orderan.support.IntegrationTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11, defect 3: an edit applies every change the order's status allows, refuses the rest by
 * name and changes nothing then, and leaves one timeline entry listing each change before → after.
 */
class OrderEditTest extends IntegrationTest {

    private static final Address MELATI = new Address("Jl. Melati No. 12", null, "Coblong", "Kota Bandung",
            "Jawa Barat", "40132", null);
    private static final Address MALANG = new Address("Jl. Baru 1", null, "Lowokwaru", "Kota Malang", "Jawa Timur",
            "65141", null);

    @Autowired
    OrderService orders;

    @Autowired
    PaymentService payments;

    @Autowired
    ShippingService shipping;

    @Autowired
    JdbcTemplate jdbc;

    Customer budi;
    Product kopi;
    Product teh;

    @BeforeEach
    void shop() {
        budi = data.customer().address(MELATI).create();
        kopi = data.product("Kopi Gayo", 100_000);
        teh = data.product("Teh Melati", 12_000);
    }

    @Test
    void a_paid_order_takes_a_new_courier_and_the_timeline_lists_it_before_and_after() {
        SalesOrder order = paid(orderBy("JNE", "REG"));

        edit(order, command(1, 100_000L, 15_000, "SICEPAT", "BEST", null), shipTo("Budi Santoso", MELATI));

        assertThat(column(order, "courier")).isEqualTo("SICEPAT");
        assertThat(column(order, "courier_service")).isEqualTo("BEST");
        assertThat(lastEdit(order)).containsExactly(List.of("COURIER", "JNE REG", "SICEPAT BEST"));
        assertThat(jdbc.queryForObject("SELECT changed_by FROM order_status_change WHERE order_id = ? ORDER BY id DESC"
                + " LIMIT 1", String.class, order.getId())).isEqualTo("rina");
    }

    @Test
    void a_paid_order_refuses_new_quantities_and_shipping_cost_by_name_and_keeps_the_allowed_courier_change_out_too() {
        SalesOrder order = paid(orderBy("JNE", "REG"));
        long version = version(order);
        int auditRows = data.auditRows(order);

        assertThatThrownBy(() -> edit(order, command(3, 100_000L, 20_000, "SICEPAT", "BEST", null),
                shipTo("Budi Santoso", MELATI)))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).messageKey()).isEqualTo("error.order.locked-after-payment");
                    assertThat(((BusinessException) e).args())
                            .containsExactly(List.of("order.field.lines", "order.field.shipping-cost"));
                });

        assertThat(version(order)).as("nothing changed").isEqualTo(version);
        assertThat(column(order, "courier")).isEqualTo("JNE");
        assertThat(jdbc.queryForObject("SELECT grand_total FROM sales_order WHERE id = ?", Long.class, order.getId()))
                .isEqualTo(115_000);
        assertThat(data.auditRows(order)).isEqualTo(auditRows);
        assertThat(data.stock(kopi)).isEqualTo(99);
    }

    @Test
    void a_paid_order_refuses_a_new_unit_price_by_name() {
        SalesOrder order = paid(orderBy("JNE", "REG"));

        assertThatThrownBy(() -> edit(order, command(1, 90_000L, 15_000, "JNE", "REG", null), shipTo("Budi Santoso", MELATI)))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).args()).containsExactly(List.of("order.field.prices")));
    }

    @Test
    void a_shipped_order_refuses_a_new_address_and_takes_a_new_note() {
        SalesOrder order = paid(orderBy("JNE", "REG"));
        as("gudang", "GUDANG", () -> shipping.enterResi(new ResiCommand(order.getOrderNumber(), Courier.JNE, "REG",
                "JP1234567890", false)));

        assertThatThrownBy(() -> edit(order, command(1, 100_000L, 15_000, "JNE", "REG", null), shipTo("Budi Santoso", MALANG)))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).messageKey()).isEqualTo("error.order.locked-after-shipping");
                    assertThat(((BusinessException) e).args()).containsExactly(List.of("order.field.address"));
                });
        assertThat(column(order, "ship_city")).isEqualTo("Kota Bandung");

        edit(order, command(1, 100_000L, 15_000, "JNE", "REG", "Titip satpam"), shipTo("Budi Santoso", MELATI));
        assertThat(column(order, "note")).isEqualTo("Titip satpam");
        assertThat(lastEdit(order)).containsExactly(Arrays.asList("NOTE", null, "Titip satpam"));
    }

    @Test
    void before_payment_every_field_changes_and_each_is_on_the_timeline() {
        SalesOrder order = orderBy("JNE", "REG");
        Customer sari = data.customer().name("Sari Dropship").phone("0857-1111-2222").email("sari@example.com")
                .category(CustomerCategory.DROPSHIPPER).create();
        var edit = new CreateOrderCommand(sari.getId(), OrderSource.MANUAL, List.of(
                new CreateOrderCommand.Line(kopi.getId(), 2, 95_000L), new CreateOrderCommand.Line(teh.getId(), 1, null)),
                10_000, 20_000, 0, 0, 0, "Bungkus kado", "SICEPAT", "BEST", "Toko Sari", "0857-1111-2222", false);

        edit(order, edit, shipTo("Ibu Sari", MALANG));

        assertThat(jdbc.queryForMap("SELECT customer_id, customer_name, courier, sender_name, recipient_name, ship_city,"
                + " note, shipping_cost, discount, grand_total FROM sales_order WHERE id = ?", order.getId()))
                .containsEntry("customer_id", sari.getId()).containsEntry("customer_name", "Sari Dropship")
                .containsEntry("courier", "SICEPAT").containsEntry("sender_name", "Toko Sari")
                .containsEntry("recipient_name", "Ibu Sari").containsEntry("ship_city", "Kota Malang")
                .containsEntry("note", "Bungkus kado").containsEntry("shipping_cost", 20_000L)
                .containsEntry("discount", 10_000L).containsEntry("grand_total", 2 * 95_000L + 12_000 - 10_000 + 20_000);
        assertThat(data.stock(kopi)).isEqualTo(98);
        assertThat(data.stock(teh)).isEqualTo(99);
        assertThat(lastEdit(order)).extracting(row -> row.getFirst()).containsExactly("CUSTOMER", "LINES", "PRICES",
                "DISCOUNT", "SHIPPING_COST", "COURIER", "SENDER", "RECIPIENT", "ADDRESS", "NOTE", "TOTAL");
        assertThat(lastEdit(order)).contains(
                List.of("LINES", "Kopi Gayo ×1", "Kopi Gayo ×2, Teh Melati ×1"),
                List.of("PRICES", "Kopi Gayo Rp 100.000", "Kopi Gayo Rp 95.000"),
                List.of("SHIPPING_COST", "Rp 15.000", "Rp 20.000"),
                List.of("TOTAL", "Rp 115.000", "Rp 212.000"));
    }

    @Test
    void saving_an_order_unchanged_writes_nothing() {
        SalesOrder order = paid(orderBy("JNE", "REG"));
        long version = version(order);
        int auditRows = data.auditRows(order);

        edit(order, command(1, null, 15_000, "JNE", "REG", null), shipTo("", MELATI));

        assertThat(version(order)).isEqualTo(version);
        assertThat(data.auditRows(order)).isEqualTo(auditRows);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private SalesOrder orderBy(String courier, String service) {
        return data.order(new CreateOrderCommand(budi.getId(), OrderSource.MANUAL,
                List.of(new CreateOrderCommand.Line(kopi.getId(), 1, null)), 0, 15_000, 0, 0, 0, null, courier, service,
                null, null, false));
    }

    private SalesOrder paid(SalesOrder order) {
        as("cs", "CS", () -> payments.markPaid(order.getOrderNumber(), "CASH"));
        return order;
    }

    private CreateOrderCommand command(int quantity, Long unitPrice, long shippingCost, String courier, String service,
            String note) {
        return new CreateOrderCommand(budi.getId(), OrderSource.MANUAL,
                List.of(new CreateOrderCommand.Line(kopi.getId(), quantity, unitPrice)), 0, shippingCost, 0, 0, 0, note,
                courier, service, null, null, false);
    }

    private static ShippingDetails shipTo(String name, Address address) {
        return new ShippingDetails(name, "0812-3456-7890", address);
    }

    private void edit(SalesOrder order, CreateOrderCommand command, ShippingDetails shipTo) {
        long version = version(order);
        as("rina", "CS", () -> orders.update(order.getOrderNumber(), version, command, shipTo));
    }

    private long version(SalesOrder order) {
        return jdbc.queryForObject("SELECT version FROM sales_order WHERE id = ?", Long.class, order.getId());
    }

    private String column(SalesOrder order, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM sales_order WHERE id = ?", String.class, order.getId());
    }

    /** The fields of the order's newest edit entry: [field, before, after] each, in order. */
    private List<List<String>> lastEdit(SalesOrder order) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT f.field, f.before_value, f.after_value"
                + " FROM order_field_change f WHERE f.status_change_id = (SELECT MAX(id) FROM order_status_change"
                + " WHERE order_id = ?) ORDER BY f.position", order.getId());
        return rows.stream().map(row -> Arrays.asList((String) row.get("field"), (String) row.get("before_value"),
                (String) row.get("after_value"))).toList();
    }
}
