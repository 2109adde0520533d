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
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, the buyer's order page over real HTTP, as a phone without cookies opens it: served by the
 * MVC controller (not Vaadin), anonymous, no session, and the same 404 for every token that is not an
 * order's.
 */
class BuyerOrderPageHttpTest extends IntegrationTest {

    private static final int MAX_PAGE_BYTES = 100 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    PaymentService payments;

    @Autowired
    ShippingService shipping;

    private final HttpClient phone = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void an_unpaid_order_shows_items_total_and_the_bank_account_with_the_kode_unik_emphasised() throws Exception {
        SalesOrder order = order(123);

        HttpResponse<byte[]> response = get("/o/" + order.getBuyerToken());
        String page = new String(response.body(), StandardCharsets.UTF_8);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page).contains(order.getOrderNumber(), "Menunggu pembayaran", "Kopi Gayo", "2 × Rp 75.000",
                "Rp 150.000", "Ongkos kirim", "Rp 18.000", "Kode unik", "Rp 168.123", "BCA", "1234567890",
                "a.n. Toko Orderan")
                .contains("<span>Rp 168.</span><b>123</b>")
                .doesNotContain("Budi Santoso 2", "admin", "vaadin", "Lacak paket");
        assertThat(response.body().length).isLessThan(MAX_PAGE_BYTES);
        // the confirmation form needs a CSRF token, kept in a plain HTTP session (decision 0131); no other cookie
        assertThat(response.headers().allValues("Set-Cookie")).as("only the form's session")
                .allSatisfy(c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void after_the_resi_the_page_shows_courier_resi_and_a_tracking_link_and_no_payment_instructions() throws Exception {
        SalesOrder order = order(0);
        asAdmin(() -> payments.markPaid(order.getOrderNumber(), "Transfer"));
        as("gudang", "GUDANG", () -> shipping.enterResi(
                new ResiCommand(order.getOrderNumber(), Courier.JNE, "YES", "jne 0123-456789", false)));

        HttpResponse<byte[]> response = get("/o/" + order.getBuyerToken());
        String page = new String(response.body(), StandardCharsets.UTF_8);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page).contains("Dikirim", "Pembayaran diterima", "JNE", "YES", "JNE0123456789",
                "href=\"https://www.jne.co.id/tracking-package?awb=JNE0123456789\"", "Lacak paket")
                .doesNotContain("Transfer tepat sebesar", "1234567890");
        assertThat(response.body().length).isLessThan(MAX_PAGE_BYTES);
    }

    @Test
    void an_unknown_token_gets_the_friendly_404_without_a_session_or_a_stack_trace() throws Exception {
        order(0);

        for (String path : List.of("/o/AAAAAAAAAAAAAAAAAAAAAA", "/o/bukan-token", "/o/", "/o/%27%20OR%201=1",
                "/o/AAAAAAAAAAAAAAAAAAAAAA/extra")) {
            HttpResponse<byte[]> response = get(path);
            String page = new String(response.body(), StandardCharsets.UTF_8);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(page).as(path).contains("Pesanan tidak ditemukan")
                    .doesNotContain("Exception", "at id.orderan", "vaadin", "INV-");
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void two_hundred_random_tokens_all_answer_404() throws Exception {
        order(0);
        var random = new SecureRandom();
        byte[] bytes = new byte[16];
        String firstPage = null;
        for (int i = 0; i < 200; i++) {
            random.nextBytes(bytes);
            HttpResponse<byte[]> response = get("/o/" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            assertThat(response.statusCode()).isEqualTo(404);
            String page = new String(response.body(), StandardCharsets.UTF_8);
            if (firstPage == null) {
                firstPage = page;
            }
            assertThat(page).as("the same answer for every bad token").isEqualTo(firstPage);
        }
    }

    @Test
    void the_page_is_a_get_that_changes_nothing_and_a_post_without_csrf_is_refused() throws Exception {
        SalesOrder order = order(0);
        String before = data.status(order);

        get("/o/" + order.getBuyerToken());
        HttpResponse<byte[]> post = phone.send(HttpRequest.newBuilder(URI.create(url("/o/" + order.getBuyerToken())))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(post.statusCode()).isIn(302, 401, 403);
        assertThat(data.status(order)).isEqualTo(before);
        assertThat(data.auditRows(order)).isEqualTo(1);
    }

    private SalesOrder order(int uniqueCode) {
        Customer budi = data.customer().create();
        var kopi = data.product("Kopi Gayo", 75_000);
        return data.order(new CreateOrderCommand(budi.getId(), OrderSource.MANUAL,
                List.of(new CreateOrderCommand.Line(kopi.getId(), 2, null)), 0, 18_000, 0, 0, uniqueCode, null, "JNE",
                "REG", null, null, false));
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return phone.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
