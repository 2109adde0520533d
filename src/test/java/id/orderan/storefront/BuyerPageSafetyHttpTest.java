package id.orderan.storefront;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.customer.Customer;
import id.orderan.order.Courier;
import id.orderan.order.CreateOrderCommand;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.payment.PaymentService;
import id.orderan.shipping.ResiCommand;
import id.orderan.shipping.ShippingService;
import id.orderan.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 acceptance for the buyer's order page over real HTTP: random tokens learn nothing (all 404,
 * no 5xx, no timing that tells the shapes apart), a page shows nothing of another order and no
 * database id, the page with its CSS and JS stays under 100 KB, and the copy buttons are there for
 * phones with JavaScript while the numbers stay plain text without it.
 *
 * <p>A POST without a CSRF token is refused: {@code BuyerConfirmationHttpTest
 * .a_post_without_the_csrf_token_is_refused_and_saves_nothing} and {@code BuyerOrderPageHttpTest
 * .the_page_is_a_get_that_changes_nothing_and_a_post_without_csrf_is_refused} cover it.
 */
class BuyerPageSafetyHttpTest extends IntegrationTest {

    private static final int MAX_PAGE_BYTES = 100 * 1024;
    private static final int RANDOM_TOKENS = 10_000;
    /**
     * Generous: the two shapes differ by one indexed lookup (a few milliseconds on this shared 2-core
     * machine, measured 3.7 ms); a difference beyond this would be work that depends on the token.
     */
    private static final double MAX_MEDIAN_DIFFERENCE_MS = 20.0;

    @LocalServerPort
    int port;

    @Autowired
    PaymentService payments;

    @Autowired
    ShippingService shipping;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient phone = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void ten_thousand_random_tokens_all_get_the_same_404_and_their_timing_tells_nothing() throws Exception {
        order("Budi Santoso", "0812-3456-7890", 0);
        var random = new SecureRandom();
        String notFound = body(get("/o/AAAAAAAAAAAAAAAAAAAAAA"));
        for (int i = 0; i < 200; i++) { // warm up the JIT and the connection before measuring
            get("/o/" + wellFormed(random));
        }

        // four phones at once: the same 10,000 requests in about a third of the time on two cores
        List<Long> wellFormedNanos = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> malformedNanos = java.util.Collections.synchronizedList(new ArrayList<>());
        var serverErrors = new java.util.concurrent.atomic.AtomicInteger();
        int phones = 4;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(phones)) {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int p = 0; p < phones; p++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < RANDOM_TOKENS / phones; i++) {
                        // interleaved, so load on the shared machine hits both shapes alike
                        String token = wellFormed(random);
                        long started = System.nanoTime();
                        HttpResponse<byte[]> response = get("/o/" + token);
                        wellFormedNanos.add(System.nanoTime() - started);
                        assertThat(response.statusCode()).as(token).isEqualTo(404);
                        assertThat(body(response)).as(token).isEqualTo(notFound);
                        serverErrors.addAndGet(response.statusCode() >= 500 ? 1 : 0);
                        if (i % 5 == 0) {
                            String malformed = token.substring(0, 21) + "!";
                            started = System.nanoTime();
                            HttpResponse<byte[]> refused = get("/o/" + malformed);
                            malformedNanos.add(System.nanoTime() - started);
                            assertThat(refused.statusCode()).as(malformed).isEqualTo(404);
                            assertThat(body(refused)).isEqualTo(notFound);
                        }
                    }
                    return null;
                }));
            }
            for (var phone : done) {
                phone.get(); // rethrows a failed assertion
            }
        }
        assertThat(wellFormedNanos).hasSize(RANDOM_TOKENS);

        double wellFormedMedian = medianMillis(wellFormedNanos);
        double malformedMedian = medianMillis(malformedNanos);
        System.out.printf("Random buyer tokens: %d well-formed unknown, median %.3f ms; %d malformed, median %.3f ms;"
                + " difference %.3f ms%n", wellFormedNanos.size(), wellFormedMedian, malformedNanos.size(),
                malformedMedian, Math.abs(wellFormedMedian - malformedMedian));
        assertThat(serverErrors.get()).isZero();
        assertThat(Math.abs(wellFormedMedian - malformedMedian)).isLessThan(MAX_MEDIAN_DIFFERENCE_MS);
    }

    @Test
    void an_order_page_shows_nothing_of_another_order_and_no_database_id() throws Exception {
        // ids that cannot pass for a quantity or a price digit group, so finding one on the page means a leak
        jdbc.execute("ALTER TABLE customer AUTO_INCREMENT = 7340001");
        jdbc.execute("ALTER TABLE sales_order AUTO_INCREMENT = 8450001");
        SalesOrder mine = order("Budi Santoso", "0812-3456-7890", 123);
        SalesOrder other = order("Siti Rahmawati", "0857-1111-2222", 456);
        SalesOrder shipped = order("Budi Santoso", "0812-3456-7890", 0);
        ship(shipped, "JNE0123456789");

        for (SalesOrder order : List.of(mine, shipped)) {
            String page = body(get("/o/" + order.getBuyerToken()));
            assertThat(page).contains(order.getOrderNumber())
                    .doesNotContain(other.getOrderNumber(), "Siti Rahmawati", "0857-1111-2222", "085711112222",
                            Objects.requireNonNull(other.getBuyerToken()), "Rp 168.456")
                    .doesNotContain("admin", "gudang", "/orders/", "/customers/");
            for (long id : List.of(order.getId(), other.getId(), order.getCustomerId(), other.getCustomerId())) {
                assertThat(Pattern.compile("(?<![\\w.])" + id + "(?![\\w.])").matcher(page).find())
                        .as("database id %d on the page of %s", id, order.getOrderNumber()).isFalse();
            }
        }
    }

    @Test
    void the_order_page_with_its_css_and_javascript_stays_under_one_hundred_kilobytes() throws Exception {
        SalesOrder unpaid = order("Budi Santoso", "0812-3456-7890", 123);
        SalesOrder shipped = order("Budi Santoso", "0812-3456-7890", 0);
        ship(shipped, "JNE0123456789");

        for (SalesOrder order : List.of(unpaid, shipped)) {
            HttpResponse<byte[]> response = get("/o/" + order.getBuyerToken());
            String page = body(response);
            // CSS and JS are inline: the page is everything a phone downloads (no photos here)
            assertThat(page).doesNotContainPattern("<link[^>]+stylesheet").doesNotContainPattern("<script[^>]+src=")
                    .doesNotContainPattern("<img");
            System.out.printf("Buyer order page %s (%s): %d bytes%n", order.getOrderNumber(),
                    order == unpaid ? "unpaid, with the payment form" : "shipped", response.body().length);
            assertThat(response.body().length).isLessThan(MAX_PAGE_BYTES);
        }
    }

    @Test
    void copy_buttons_for_account_amount_and_resi_are_enhancements_over_plain_text() throws Exception {
        SalesOrder unpaid = order("Budi Santoso", "0812-3456-7890", 123);
        SalesOrder shipped = order("Budi Santoso", "0812-3456-7890", 0);
        ship(shipped, "JNE0123456789");

        String payPage = body(get("/o/" + unpaid.getBuyerToken()));
        String shippedPage = body(get("/o/" + shipped.getBuyerToken()));

        // hidden until the script shows them: without JavaScript no dead button, the numbers stay text
        assertThat(payPage).contains("<div class=\"no\" id=\"rek-0\">1234567890</div>", "navigator.clipboard",
                "execCommand('copy')", "Tersalin");
        assertThat(copyButton(payPage, "Salin nomor rekening")).contains("data-target=\"rek-0\"",
                "data-copy=\"1234567890\"", " hidden");
        assertThat(copyButton(payPage, "Salin jumlah")).contains("data-target=\"transfer\"", "data-copy=\"168123\"",
                " hidden");
        assertThat(shippedPage).contains("<div class=\"resi\" id=\"resi\">JNE0123456789</div>")
                .doesNotContain("Salin nomor rekening");
        assertThat(copyButton(shippedPage, "Salin resi")).contains("data-target=\"resi\"",
                "data-copy=\"JNE0123456789\"", " hidden");
    }

    /** The opening tag of the copy button with this label (attribute order is the template engine's). */
    private static String copyButton(String page, String label) {
        Matcher button = Pattern.compile("<button type=\"button\" class=\"copy\"[^>]*>" + label + "</button>")
                .matcher(page);
        assertThat(button.find()).as(label).isTrue();
        return button.group();
    }

    private void ship(SalesOrder order, String resi) {
        asAdmin(() -> payments.markPaid(order.getOrderNumber(), "Transfer"));
        as("gudang", "GUDANG", () -> shipping.enterResi(
                new ResiCommand(order.getOrderNumber(), Courier.JNE, "REG", resi, false)));
    }

    private SalesOrder order(String name, String phone, int uniqueCode) {
        Customer customer = data.customer().name(name).phone(phone).create();
        var kopi = data.product("Kopi Gayo", 75_000);
        return data.order(new CreateOrderCommand(customer.getId(), OrderSource.MANUAL,
                List.of(new CreateOrderCommand.Line(kopi.getId(), 2, null)), 0, 18_000, 0, 0, uniqueCode, null, "JNE",
                "REG", null, null, false));
    }

    private static String wellFormed(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static double medianMillis(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1_000_000.0;
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return phone.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
