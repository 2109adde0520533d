package id.orderan.bench;

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
import id.orderan.order.SalesOrder;
import id.orderan.payment.PaymentCommands;
import id.orderan.payment.PaymentConfirmation;
import id.orderan.payment.PaymentService;
import id.orderan.support.TestData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What staff wait for when money moves: saving a manual order (number, stock, audit, counters) and
 * approving a payment confirmation, through the real services, on the 1M-order benchmark database.
 */
@BenchmarkTest
class LifecycleBenchmark {

    private static final int WARMUP = 20;
    private static final int ITERATIONS = 200;

    @Autowired
    OrderService orders;

    @Autowired
    PaymentService payments;

    @Autowired
    CustomerService customers;

    @Autowired
    ProductService products;

    @Test
    void saving_an_order_and_approving_a_confirmation() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Customer buyer = TestData.asAdmin(() -> customers.create(new CustomerCommand("Bench Buyer " + tag,
                CustomerCategory.UMUM, "0812-0000-0000", null, null, null, new Address("Jl. Uji 1", null, null, "Kota Bandung", null, null, null))));
        Product first = TestData.asAdmin(() -> products.create(ProductCommand.of("BENCH-A-" + tag, "Bench A", 50_000, 200,
                1_000_000)));
        Product second = TestData.asAdmin(() -> products.create(ProductCommand.of("BENCH-B-" + tag, "Bench B", 25_000,
                100, 1_000_000)));
        var command = new CreateOrderCommand(buyer.getId(), OrderSource.FORM, List.of(
                new CreateOrderCommand.Line(first.getId(), 2, null), new CreateOrderCommand.Line(second.getId(), 1, null)),
                0, 15_000, 0, 0, 123, null);

        List<SalesOrder> created = new ArrayList<>();
        double[] create = time(() -> created.add(TestData.as("cs", "CS", () -> orders.create(command))));
        List<PaymentConfirmation> pending = new ArrayList<>();
        for (SalesOrder order : created) {
            pending.add(TestData.as("cs", "CS", () -> payments.submit(new PaymentCommands.SubmitConfirmation(
                    order.getOrderNumber(), "BCA", "BENCH", order.getGrandTotal(), LocalDate.now().minusDays(1), null,
                    null))));
        }
        var next = new java.util.concurrent.atomic.AtomicInteger();
        double[] approve = time(() -> {
            PaymentConfirmation c = pending.get(next.getAndIncrement());
            TestData.as("cs", "CS", () -> payments.approve(c.getId(), c.getVersion()));
        });

        String section = """
                ## Order lifecycle (on the same %s-order database)

                Measured %s. Real service calls as a CS user, %d warm-up + %d measured each, times in ms.

                | action | p50 | p95 | max |
                | --- | ---: | ---: | ---: |
                | save a new order (2 lines: number, stock, audit row, counters) | %.1f | %.1f | %.1f |
                | approve a payment confirmation (payment + status move + audit) | %.1f | %.1f | %.1f |
                """.formatted(String.format("%,d", countOrders()),
                ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
                WARMUP, ITERATIONS, create[0], create[1], create[2], approve[0], approve[1], approve[2]);
        BenchmarkReport.replaceSection(Path.of("docs/benchmarks.md"), "lifecycle", section);
        // leave the million-order data set as the List Order benchmark expects it
        jdbc.update("DELETE FROM sales_order WHERE customer_id = ?", buyer.getId());
        jdbc.update("DELETE FROM stock_movement WHERE product_id IN (?, ?)", first.getId(), second.getId());
        jdbc.update("DELETE FROM product WHERE id IN (?, ?)", first.getId(), second.getId());
        jdbc.update("DELETE FROM customer WHERE id = ?", buyer.getId());
        TestData.asAdmin(() -> {
            orders.recountStatusCounters();
            return null;
        });
        System.out.println(section);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long countOrders() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Long.class);
    }

    private static double[] time(Runnable action) {
        return BenchmarkReport.time(action, WARMUP, ITERATIONS);
    }
}
