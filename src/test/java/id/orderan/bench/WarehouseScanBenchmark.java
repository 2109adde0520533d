package id.orderan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import id.orderan.base.Address;
import id.orderan.catalog.Product;
import id.orderan.catalog.ProductCommand;
import id.orderan.catalog.ProductService;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.customer.CustomerCommand;
import id.orderan.customer.CustomerService;
import id.orderan.order.CreateOrderCommand;
import id.orderan.order.OrderService;
import id.orderan.order.OrderSource;
import id.orderan.support.TestData;
import id.orderan.warehouse.ScanCommand;
import id.orderan.warehouse.PackingService;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Issue 14 §3: scan → feedback at the packing table, on the benchmark database. Its own Sedang Diproses
 * orders (5 lines × 4 units each), scanned unit by unit as GUDANG: through {@link PackingService#scanItem}
 * (read order + catalog + progress, tick, flush; the last unit packs), and through the real
 * {@code /gudang/kemas} view in Karibu's mocked Vaadin (the code typed into the scan field and Enter, the
 * server round trip, the line's count read back). Barcode and SKU alternate, as two different codes, so the
 * 300 ms double-read guard never swallows a measured scan. Everything it created is removed afterwards.
 */
@BenchmarkTest
class WarehouseScanBenchmark {

    private static final int LINES = 5;
    private static final int UNITS = 4;
    private static final int WARMUP = 100;
    private static final int ITERATIONS = 1_000;

    @Autowired
    PackingService packing;

    @Autowired
    OrderService orders;

    @Autowired
    CustomerService customers;

    @Autowired
    ProductService products;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext spring;

    @Test
    void scan_to_feedback_at_the_service_and_through_the_ui() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        Customer buyer = TestData.asAdmin(() -> customers.create(new CustomerCommand("Bench Packer " + tag,
                CustomerCategory.UMUM, "0812-0000-0001", null, null, null,
                new Address("Jl. Gudang 1", null, null, "Kota Bandung", null, null, null))));
        List<Product> items = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            int n = i;
            items.add(TestData.asAdmin(() -> products.create(new ProductCommand("PK-" + tag + "-" + n,
                    "Bench item " + n, 10_000, 100, "BC-" + tag + "-" + n, "R-" + n, 0, false, true, 1_000_000))));
        }
        int perOrder = LINES * UNITS;
        int serviceOrders = (WARMUP + ITERATIONS) / perOrder + 1;
        int uiOrders = (WARMUP + ITERATIONS) / perOrder + 1;
        List<String> numbers = createOrders(buyer, items, serviceOrders + uiOrders);
        try {
            double[] service = serviceScans(numbers.subList(0, serviceOrders), tag);
            double[] ui = uiScans(numbers.subList(serviceOrders, numbers.size()), tag);

            String section = """
                    ## Warehouse scan-to-pack (issue 14)

                    Measured %s on the %s-order database. As GUDANG, orders of %d lines × %d units in Sedang Diproses,
                    scanned unit by unit (barcode and SKU alternating), %d warm-up + %d measured scans each; the last
                    unit of an order packs it. Times in ms.

                    | scan → feedback | p50 | p95 | max | target |
                    | --- | ---: | ---: | ---: | --- |
                    | `PackingService.scanItem` (order + catalog + progress read, tick, optimistic write) | %.1f | %.1f | %.1f | p95 ≤ 100 ms %s |
                    | `/gudang/kemas` in Karibu (type + Enter in the scan field, round trip, count read back) | %.1f | %.1f | %.1f | p95 ≤ 150 ms %s |
                    """.formatted(ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
                    String.format("%,d", jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Long.class)), LINES, UNITS,
                    WARMUP, ITERATIONS, service[0], service[1], service[2], service[1] <= 100 ? "✅" : "❌", ui[0], ui[1],
                    ui[2], ui[1] <= 150 ? "✅" : "❌");
            BenchmarkReport.replaceSection(Path.of("docs/benchmarks.md"), "warehouse-scan", section);
            System.out.println(section);
        } finally {
            cleanUp(buyer, items);
        }
    }

    private List<String> createOrders(Customer buyer, List<Product> items, int count) {
        var lines = items.stream().map(p -> new CreateOrderCommand.Line(p.getId(), UNITS, null)).toList();
        var command = new CreateOrderCommand(buyer.getId(), OrderSource.MANUAL, lines, 0, 15_000, 0, 0, 0, null, "JNE",
                "REG", null, null, false);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(TestData.as("cs", "CS", () -> orders.create(command)).getOrderNumber());
        }
        jdbc.update("UPDATE sales_order SET status = 'SEDANG_DIPROSES' WHERE customer_id = ?", buyer.getId());
        TestData.asAdmin(() -> {
            orders.recountStatusCounters();
            return null;
        });
        return numbers;
    }

    /** The n-th code of an order's scans: line by line, unit by unit, barcode and SKU alternating. */
    private static String code(String tag, int scan) {
        int line = (scan % (LINES * UNITS)) / UNITS;
        return scan % 2 == 0 ? "BC-" + tag + "-" + line : "PK-" + tag + "-" + line;
    }

    private double[] serviceScans(List<String> numbers, String tag) {
        var next = new int[1];
        return BenchmarkReport.time(() -> {
            int scan = next[0]++;
            String number = numbers.get(scan / (LINES * UNITS));
            TestData.as("gudang", "GUDANG", () -> packing.scanItem(new ScanCommand(number, code(tag, scan),
                    UUID.randomUUID().toString())));
        }, WARMUP, ITERATIONS);
    }

    private double[] uiScans(List<String> numbers, String tag) {
        Routes routes = new Routes().autoDiscoverViews("id.orderan");
        routes.getErrorRoutes().removeIf(route -> route.getName().startsWith("com.github.mvysny.kaributesting."));
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, spring, uiFactory));
        try {
            var authentication = UsernamePasswordAuthenticationToken.authenticated("gudang", "n/a",
                    List.of(new SimpleGrantedAuthority("ROLE_GUDANG")));
            SecurityContextHolder.getContext().setAuthentication(authentication);
            var request = (com.github.mvysny.fakeservlet.FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> "GUDANG".equals(role));
            var next = new int[1];
            return BenchmarkReport.time(() -> {
                int scan = next[0]++;
                int inOrder = scan % (LINES * UNITS);
                if (inOrder == 0) { // the next order on the table, as its barcode would open it
                    UI.getCurrent().navigate("gudang/kemas", QueryParameters.of("order",
                            numbers.get(scan / (LINES * UNITS))));
                }
                String code = code(tag, scan);
                TextField field = LocatorJ._get(TextField.class, spec -> spec.withId("scan-field"));
                BasicUtilsKt._fireDomEvent(field, "keydown", JsonNodeFactory.instance.objectNode()
                        .put("event.key === 'Enter'", true).put("element.value", code));
                MockVaadin.clientRoundtrip(false);
                int line = inOrder / UNITS;
                String count = LocatorJ._get(Component.class, spec -> spec.withId("pack-count-PK-" + tag + "-" + line))
                        .getElement().getText();
                assertThat(count).startsWith(String.valueOf(inOrder % UNITS + 1) + " / ");
            }, WARMUP, ITERATIONS);
        } finally {
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
        }
    }

    private void cleanUp(Customer buyer, List<Product> items) {
        String mine = "SELECT id FROM sales_order WHERE customer_id = " + buyer.getId();
        jdbc.update("DELETE FROM packing_event WHERE order_id IN (" + mine + ")");
        jdbc.update("DELETE FROM order_packing_item WHERE packing_id IN (SELECT id FROM order_packing WHERE order_id IN ("
                + mine + "))");
        jdbc.update("DELETE FROM order_packing WHERE order_id IN (" + mine + ")");
        jdbc.update("DELETE FROM sales_order WHERE customer_id = ?", buyer.getId());
        for (Product item : items) {
            jdbc.update("DELETE FROM stock_movement WHERE product_id = ?", item.getId());
            jdbc.update("DELETE FROM product WHERE id = ?", item.getId());
        }
        jdbc.update("DELETE FROM customer WHERE id = ?", buyer.getId());
        TestData.asAdmin(() -> {
            orders.recountStatusCounters();
            return null;
        });
    }
}
