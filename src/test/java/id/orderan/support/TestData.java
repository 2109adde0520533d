package id.orderan.support;

import id.orderan.base.Address;
import id.orderan.catalog.Product;
import id.orderan.catalog.ProductCommand;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.customer.CustomerCommand;
import id.orderan.customer.CustomerService;
import id.orderan.order.CreateOrderCommand;
import id.orderan.order.OrderService;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Test data builders that go through the real services (so data is valid by construction), acting
 * as an admin without disturbing the caller's own security context.
 */
@Component
public class TestData {

    private static final List<String> BUSINESS_TABLES = List.of("handover_parcel", "handover_manifest", "packing_event", "order_packing_item", "order_packing", "private_link", "order_form_order", "order_form_shipping", "order_form_product", "order_form", "follow_up", "follow_up_template", "shipment", "payment_confirmation",
            "payment", "order_status_change", "order_line", "order_buyer_count", "sales_order", "order_number_counter", "stock_movement", "product", "store_profile",
            "customer_word", "customer", "order_attempt", "antispam_block", "antispam_setting");

    private final JdbcTemplate jdbc;
    private final CustomerService customers;
    private final ProductService products;
    private final OrderService orders;
    private final AtomicInteger sequence = new AtomicInteger();
    private final id.orderan.store.StoreService stores;
    private final id.orderan.order.CourierService couriers;
    private static java.util.@org.jspecify.annotations.Nullable List<java.util.Map<String, Object>> courierSeed;

    TestData(JdbcTemplate jdbc, CustomerService customers, ProductService products, OrderService orders,
            id.orderan.store.StoreService stores, id.orderan.order.CourierService couriers) {
        this.stores = stores;
        this.couriers = couriers;
        this.jdbc = jdbc;
        this.customers = customers;
        this.products = products;
        this.orders = orders;
    }

    public void clean() {
        BUSINESS_TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
        restoreCouriers();
        stores.forget();
        jdbc.update("UPDATE order_status_count SET order_count = 0"); // its rows stay: see changeset order-007
    }

    /**
     * The courier list is product data (seeded by Liquibase), not business data: tests that add or change
     * couriers get the seeded list back, remembered the first time this JVM cleans.
     */
    private void restoreCouriers() {
        if (courierSeed == null) {
            courierSeed = jdbc.queryForList("SELECT code, name, services, tracking_url_template, template_verified,"
                    + " active, position FROM courier WHERE code IN (" + builtInCodes() + ")");
        }
        jdbc.update("DELETE FROM courier WHERE code NOT IN (" + builtInCodes() + ")");
        for (var row : courierSeed) {
            jdbc.update("UPDATE courier SET name = ?, services = ?, tracking_url_template = ?, template_verified = ?,"
                    + " active = ?, position = ? WHERE code = ?", row.get("name"), row.get("services"),
                    row.get("tracking_url_template"), row.get("template_verified"), row.get("active"),
                    row.get("position"), row.get("code"));
        }
        couriers.forget();
    }

    private static String builtInCodes() {
        return String.join(",", id.orderan.order.Courier.BUILT_IN.stream().map(c -> "'" + c.code() + "'").toList());
    }

    public CustomerBuilder customer() {
        return new CustomerBuilder();
    }

    public Product product(String name, long price) {
        return product(name, price, 100);
    }

    public Product product(String name, long price, int stock) {
        int n = sequence.incrementAndGet();
        return asAdmin(() -> products.create(ProductCommand.of("SKU-" + n, name, price, 250, stock)));
    }

    public Product productWithSku(String sku, String name, long price) {
        return asAdmin(() -> products.create(ProductCommand.of(sku, name, price, 250, 100)));
    }

    public SalesOrder order(Customer customer, OrderSource source, Product product, int quantity) {
        return asAdmin(() -> orders.create(CreateOrderCommand.simple(customer.getId(), source,
                List.of(new CreateOrderCommand.Line(product.getId(), quantity, null)))));
    }

    /** A cash-on-delivery order (the courier collects the total), as chosen on the order form. */
    public SalesOrder codOrder(Customer customer, Product product, int quantity) {
        return asAdmin(() -> orders.create(new CreateOrderCommand(customer.getId(), OrderSource.MANUAL,
                List.of(new CreateOrderCommand.Line(product.getId(), quantity, null)), 0, 20_000, 0, 0, 0, null, "JNE",
                "REG", null, null, true)));
    }

    public SalesOrder order(CreateOrderCommand command) {
        return asAdmin(() -> orders.create(command));
    }

    /**
     * Puts an order straight into a status (and its reason), keeping the status counters right, for
     * tests of lists that should not depend on the lifecycle rules.
     */
    public void forceStatus(SalesOrder order, id.orderan.order.OrderStatus status, String reason) {
        jdbc.update("UPDATE sales_order SET status = ?, status_reason = ? WHERE id = ?", status.name(),
                reason.isEmpty() ? null : reason, order.getId());
        asAdmin(() -> {
            orders.recountStatusCounters();
            return null;
        });
    }

    /** A pending payment confirmation, as if the buyer had submitted one. */
    /**
     * {@code n} more orders like this one, by SQL in one statement (thousands in a second): for counts
     * that must pass a cap. Unique columns get new values; the copies have no lines. Counters repaired.
     */
    public void copies(SalesOrder order, int n) {
        List<String> columns = jdbc.queryForList("SELECT COLUMN_NAME FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sales_order'"
                + " AND COLUMN_NAME NOT IN ('id', 'order_number', 'buyer_token', 'placement_key')"
                + " ORDER BY ORDINAL_POSITION", String.class);
        jdbc.update("INSERT INTO sales_order (order_number, " + String.join(", ", columns) + ")"
                + " SELECT CONCAT(o.order_number, '-', s.seq), "
                + String.join(", ", columns.stream().map(c -> "o." + c).toList())
                + " FROM sales_order o JOIN seq_1_to_" + n + " s WHERE o.id = ?", order.getId());
        asAdmin(() -> {
            orders.recountStatusCounters();
            return null;
        });
    }

    public long pendingConfirmation(SalesOrder order, long amount) {
        jdbc.update("INSERT INTO payment_confirmation (order_id, bank, account_holder, amount, transfer_date, state,"
                + " submitted_at, version) VALUES (?, 'BCA', 'PEMBELI', ?, CURDATE(), 'PENDING', NOW(6), 0)",
                order.getId(), amount);
        return jdbc.queryForObject("SELECT MAX(id) FROM payment_confirmation", Long.class);
    }

    public String status(SalesOrder order) {
        return jdbc.queryForObject("SELECT status FROM sales_order WHERE id = ?", String.class, order.getId());
    }

    /** The product as screens get it (a row, price included: read as an admin). */
    public ProductRow row(Product product) {
        return asAdmin(() -> products.findBySku(product.getSku())).orElseThrow();
    }

    public int stock(id.orderan.catalog.Product product) {
        return jdbc.queryForObject("SELECT stock FROM product WHERE id = ?", Integer.class, product.getId());
    }

    public int auditRows(SalesOrder order) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM order_status_change WHERE order_id = ?", Integer.class,
                order.getId());
    }

    /** A shipment with a resi, as the warehouse would have entered it. */
    public void shipment(SalesOrder order, String resi) {
        jdbc.update("INSERT INTO shipment (order_id, courier, service, resi, shipped_at, created_by, created_at, version)"
                + " VALUES (?, 'JNT', 'EZ', ?, NOW(6), 'gudang', NOW(6), 0)", order.getId(), resi);
    }

    public static <T> T asAdmin(Supplier<T> action) {
        return as("admin", "ADMIN", action);
    }

    public static <T> T as(String username, String role, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public final class CustomerBuilder {
        private String name = "Budi Santoso";
        private CustomerCategory category = CustomerCategory.UMUM;
        private String phone = "0812-3456-7890";
        private String email = "budi@example.com";
        private Address address = new Address("Jl. Melati No. 12", null, "Coblong", "Kota Bandung", "Jawa Barat",
                "40132", null);

        public CustomerBuilder name(String value) {
            this.name = value;
            return this;
        }

        public CustomerBuilder category(CustomerCategory value) {
            this.category = value;
            return this;
        }

        public CustomerBuilder phone(String value) {
            this.phone = value;
            return this;
        }

        public CustomerBuilder address(Address value) {
            this.address = value;
            return this;
        }

        public CustomerBuilder email(String value) {
            this.email = value;
            return this;
        }

        public Customer create() {
            return asAdmin(() -> customers.create(new CustomerCommand(name, category, phone, email, null, null, address)));
        }
    }
}
