package id.orderan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
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
import id.orderan.payment.PaymentKind;
import id.orderan.payment.PaymentService;
import id.orderan.security.Role;
import id.orderan.support.TestData;
import id.orderan.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11 defect 4: twenty warehouse tablets print 100 labels each at once (real HTTP, real sessions)
 * while a CS user records payments. Printing must not take the connection pool (4 connections in the
 * benchmark context) away from everyone else: no pool timeout, and the payment p95 at most twice what it
 * is without printing.
 */
@BenchmarkTest
class PrintingLoadBenchmark {

    private static final int PRINTERS = 20;
    private static final int LABELS_PER_PRINT = 100;
    private static final int WARMUP = 20;
    private static final int ALONE = 100;
    /** Think time of the CS user between two payments: a person, not a loop flooding the database. */
    private static final long PAUSE_MS = 20;
    private static final int ORDERS_TO_PAY = WARMUP + 2 * ALONE + 800;

    @LocalServerPort
    int port;

    @Autowired
    PaymentService payments;

    @Autowired
    OrderService orders;

    @Autowired
    CustomerService customers;

    @Autowired
    ProductService products;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext spring;

    @Value("${orderan.documents.render-slots:0}")
    int renderSlots;

    @Value("${orderan.documents.render-max-wait:}")
    String renderMaxWait;

    @Test
    void twenty_bulk_label_prints_leave_the_payments_of_cs_alone() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long shopOrders = jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Long.class);
        Customer buyer = TestData.asAdmin(() -> customers.create(new CustomerCommand("Bench Payer " + tag,
                CustomerCategory.UMUM, "0812-0000-0001", null, null, null,
                new Address("Jl. Uji 2", null, null, "Kota Bandung", null, null, null))));
        Product product = TestData.asAdmin(() -> products.create(ProductCommand.of("BENCH-P-" + tag, "Bench P", 40_000,
                300, 1_000_000)));
        try {
            List<SalesOrder> toPay = new ArrayList<>();
            var command = CreateOrderCommand.simple(buyer.getId(), OrderSource.MANUAL,
                    List.of(new CreateOrderCommand.Line(product.getId(), 1, null)));
            for (int i = 0; i < ORDERS_TO_PAY; i++) {
                toPay.add(TestData.as("cs", "CS", () -> orders.create(command)));
            }
            var next = new AtomicInteger();
            var poolTimeouts = new AtomicInteger();
            Runnable pay = () -> {
                SalesOrder order = toPay.get(next.getAndIncrement());
                try {
                    TestData.as("cs", "CS", () -> payments.record(new PaymentCommands.RecordPayment(
                            order.getOrderNumber(), PaymentKind.FULL, "Transfer BCA", order.getGrandTotal(),
                            LocalDate.now(), null)));
                } catch (RuntimeException e) {
                    if (isPoolTimeout(e)) {
                        poolTimeouts.incrementAndGet();
                    }
                    throw e;
                }
            };

            for (int i = 0; i < WARMUP; i++) {
                pay.run();
            }
            // half of the quiet measurements before the prints, half after: the neighbours on a shared
            // machine change their load over a minute as much as printing does
            double[] alone = new double[ALONE];
            for (int i = 0; i < ALONE / 2; i++) {
                alone[i] = timed(pay);
                Thread.sleep(PAUSE_MS);
            }

            List<List<String>> batches = batches();
            List<String> tablets = tablets();
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            ExecutorService pool = Executors.newFixedThreadPool(PRINTERS);
            var start = new CountDownLatch(1);
            var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
            List<Double> printMillis = Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> prints = new ArrayList<>();
            for (int i = 0; i < PRINTERS; i++) {
                String tablet = tablets.get(i);
                String path = "/documents/labels.pdf?format=100x150&orders=" + String.join(",", batches.get(i));
                prints.add(pool.submit(() -> {
                    start.await();
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(
                            "http://localhost:" + port + path)).header("Cookie", tablet).timeout(Duration.ofMinutes(3))
                            .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                    printMillis.add((System.nanoTime() - t0) / 1e6);
                    statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            double loadAtStart = BenchmarkReport.load();
            long loadStart = System.nanoTime();
            start.countDown();
            List<Double> underLoad = new ArrayList<>();
            int paymentErrors = 0;
            while (prints.stream().anyMatch(f -> !f.isDone()) && next.get() < toPay.size() - ALONE / 2) {
                try {
                    underLoad.add(timed(pay));
                } catch (RuntimeException e) {
                    paymentErrors++;
                }
                Thread.sleep(PAUSE_MS);
            }
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            for (Future<?> print : prints) {
                print.get();
            }
            pool.shutdown();
            for (int i = ALONE / 2; i < ALONE; i++) {
                alone[i] = timed(pay);
                Thread.sleep(PAUSE_MS);
            }

            double[] aloneStats = stats(alone);
            double[] loadStats = stats(underLoad.stream().mapToDouble(Double::doubleValue).toArray());
            double[] printStats = stats(printMillis.stream().mapToDouble(Double::doubleValue).toArray());
            double ratio = loadStats[1] / aloneStats[1];
            int ok = statuses.getOrDefault(200, new AtomicInteger()).get();
            int busy = statuses.getOrDefault(503, new AtomicInteger()).get();
            int pool4 = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();

            String section = """
                    ## Printing under load (issue 11 defect 4)

                    Measured %s on %d cores (load %.1f at the start), the %s-order database, connection pool of %d,
                    render slots %s, longest wait for a slot %s. %d warehouse sessions each GET
                    `/documents/labels.pdf` for %d different orders (100×150 mm) at the same moment over real HTTP,
                    while a CS user records full payments through `PaymentService` (%d ms between payments). Times
                    in ms.

                    | measure | p50 | p95 | max | n |
                    | --- | ---: | ---: | ---: | ---: |
                    | record a payment, nothing printing (half before, half after the prints) | %.1f | %.1f | %.1f | %d |
                    | record a payment, while the %d prints run | %.1f | %.1f | %.1f | %d |
                    | one 100-label print (request to last byte) | %.0f | %.0f | %.0f | %d |

                    - prints answered 200: **%d**, 503 "sedang sibuk": **%d**, other: %d; all %d prints done in %.1f s
                    - pool timeouts: **%d**, failed payments: %d (target 0 %s)
                    - payment p95 under print load ÷ alone: **%.2f×** (target ≤ 2× %s)
                    """.formatted(ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).format(
                            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
                    Runtime.getRuntime().availableProcessors(), loadAtStart,
                    String.format("%,d", shopOrders), pool4,
                    renderSlots > 0 ? String.valueOf(renderSlots)
                            : Math.max(1, Runtime.getRuntime().availableProcessors() - 1) + " (one per core but one)", renderMaxWait.isBlank() ? "default"
                            : renderMaxWait, PRINTERS, LABELS_PER_PRINT, PAUSE_MS,
                    aloneStats[0], aloneStats[1], aloneStats[2], ALONE,
                    PRINTERS, loadStats[0], loadStats[1], loadStats[2], underLoad.size(),
                    printStats[0], printStats[1], printStats[2], printMillis.size(),
                    ok, busy, PRINTERS - ok - busy, PRINTERS, loadSeconds,
                    poolTimeouts.get(), paymentErrors, poolTimeouts.get() == 0 && paymentErrors == 0 ? "✅" : "❌",
                    ratio, ratio <= 2 ? "✅" : "❌");
            BenchmarkReport.replaceSection(Path.of("docs/benchmarks.md"), "printing-load", section);
            System.out.println(section);

            assertThat(poolTimeouts.get()).as("pool timeouts while printing").isZero();
            assertThat(paymentErrors).as("payments that failed while printing").isZero();
            assertThat(ok + busy).as("every print answered with its PDF or 'sedang sibuk'").isEqualTo(PRINTERS);
            if (!BenchmarkReport.busy(loadAtStart, "payment p95 under print load ≤ 2×")) {
                assertThat(ratio).as("payment p95 under print load ÷ alone").isLessThanOrEqualTo(2.0);
            }
        } finally {
            // leave the million-order data set as the other benchmarks expect it
            jdbc.update("DELETE FROM sales_order WHERE customer_id = ?", buyer.getId());
            jdbc.update("DELETE FROM stock_movement WHERE product_id = ?", product.getId());
            jdbc.update("DELETE FROM product WHERE id = ?", product.getId());
            jdbc.update("DELETE FROM customer WHERE id = ?", buyer.getId());
            TestData.asAdmin(() -> {
                orders.recountStatusCounters();
                return null;
            });
        }
    }

    /** Twenty different sets of 100 existing orders: no two tablets print the same parcels. */
    private List<List<String>> batches() {
        List<String> numbers = jdbc.queryForList("SELECT order_number FROM sales_order ORDER BY id DESC LIMIT ?",
                String.class, PRINTERS * LABELS_PER_PRINT + 1000).subList(1000, 1000 + PRINTERS * LABELS_PER_PRINT);
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < PRINTERS; i++) {
            batches.add(numbers.subList(i * LABELS_PER_PRINT, (i + 1) * LABELS_PER_PRINT));
        }
        return batches;
    }

    /**
     * One signed-in warehouse session per tablet. The benchmark JVM runs Vaadin in production mode without
     * the production bundle (see the bench profile), so the login page cannot be served here; each session
     * is made as a sign-in leaves it: a Tomcat session holding the user's SecurityContext. Everything after
     * that (security filters, controller, role check in DocumentService) runs as for a real tablet.
     */
    private List<String> tablets() throws Exception {
        testUsers.ensure("gudang-bench", "gudang-bench-rahasia-1", Role.GUDANG);
        var tomcat = ((TomcatWebServer) ((WebServerApplicationContext) spring).getWebServer()).getTomcat();
        var context = (org.apache.catalina.Context) tomcat.getHost().findChildren()[0];
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < PRINTERS; i++) {
            org.apache.catalina.Session session = context.getManager().createSession(null);
            SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
            signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("gudang-bench", null,
                    List.of(new SimpleGrantedAuthority(Role.GUDANG.authority()))));
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    signedIn);
            cookies.add("JSESSIONID=" + session.getId());
        }
        return cookies;
    }

    private static boolean isPoolTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || String.valueOf(t.getMessage()).contains("Connection is not available")) {
                return true;
            }
        }
        return false;
    }

    private static double timed(Runnable action) {
        long t0 = System.nanoTime();
        action.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    /** {p50, p95, max} of the samples. */
    private static double[] stats(double[] samples) {
        if (samples.length == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
            sorted[sorted.length - 1]};
    }
}
