package id.orderan.storefront;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.support.IntegrationTest;
import id.orderan.support.MutableClock;
import id.orderan.support.PrivateLinks;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 §2 over real HTTP, as a phone without JavaScript: {@code GET /p/{token}} shows the link,
 * {@code POST /p/{token}} confirms it (CSRF token and session cookie from the page).
 */
class PrivateLinkHttpTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    PrivateLinkService links;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private final HttpClient phone = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_page_shows_the_fixed_prices_the_prefilled_ship_to_and_stays_under_100_kb() throws Exception {
        PrivateLinkRow link = link(data.product("Kopi Gayo", 85_000, 10), 3);

        HttpResponse<String> page = get("/p/" + link.token(), "");

        assertThat(page.statusCode()).isEqualTo(200);
        int bytes = page.body().getBytes(StandardCharsets.UTF_8).length;
        System.out.println("Private link page: " + bytes + " bytes");
        assertThat(bytes).isLessThan(100 * 1024);
        assertThat(page.body()).contains("Kopi Gayo", "2 × Rp 70.000", "Rp 140.000", "Ongkos kirim", "Rp 18.000",
                "Kode unik", "Rp 158.123", "Konfirmasi pesanan", "value=\"Rina Kartika\"", "value=\"0812-7777-1234\"",
                "value=\"Jl. Melati No. 7\"", "name=\"_csrf\"")
                .doesNotContain("Harga reseller") // the staff's note stays with staff
                .doesNotContain("<script");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void confirming_makes_one_private_belum_bayar_order_at_the_links_prices_whatever_the_browser_posts()
            throws Exception {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        PrivateLinkRow link = link(kopi, 3);
        Form form = open(link);

        List<String> tampered = new ArrayList<>(shipTo());
        tampered.addAll(List.of("unitPrice", "1", "quantity", "9", "grandTotal", "1", "shippingCost", "0"));
        HttpResponse<String> response = post(link, form, tampered);

        assertThat(response.statusCode()).isEqualTo(303);
        String orderToken = jdbc.queryForObject("SELECT buyer_token FROM sales_order", String.class);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/o/" + orderToken));
        assertThat(jdbc.queryForMap("SELECT source, status, grand_total FROM sales_order"))
                .containsEntry("source", "PRIVATE").containsEntry("status", "BELUM_BAYAR")
                .containsEntry("grand_total", 158_123L);
        assertThat(jdbc.queryForMap("SELECT quantity, unit_price FROM order_line"))
                .containsEntry("quantity", 2).containsEntry("unit_price", 70_000L);
        assertThat(data.stock(kopi)).isEqualTo(8);
        assertThat(get("/o/" + orderToken, "").body()).contains("Menunggu pembayaran", "Rp 158.", "Dewi Lestari");
    }

    @Test
    void two_identical_posts_make_one_order_and_later_visits_go_to_that_order() throws Exception {
        PrivateLinkRow link = link(data.product("Kopi Gayo", 85_000, 10), 3);
        Form form = open(link);

        HttpResponse<String> first = post(link, form, shipTo());
        HttpResponse<String> second = post(link, form, shipTo());
        HttpResponse<String> visit = get("/p/" + link.token(), "");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isEqualTo(1);
        String orderPage = "/o/" + jdbc.queryForObject("SELECT buyer_token FROM sales_order", String.class);
        for (var response : List.of(first, second, visit)) {
            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(orderPage);
        }
    }

    @Test
    void invalid_input_comes_back_as_422_with_indonesian_messages_and_the_typed_values_and_places_nothing()
            throws Exception {
        PrivateLinkRow link = link(data.product("Kopi Gayo", 85_000, 10), 3);

        HttpResponse<String> response = post(link, open(link), List.of("name", "Dewi Lestari", "phone", "12345",
                "street", "Jl. Dago No. 10", "district", "", "city", "Kota Bandung", "province", "Jawa Barat",
                "postalCode", "4013"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Nomor WhatsApp tidak valid", "Kecamatan wajib diisi.",
                "Kode pos harus 5 angka.", "value=\"Dewi Lestari\"", "value=\"12345\"", "value=\"4013\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isZero();
    }

    @Test
    void an_expired_link_answers_410_with_the_stores_whatsapp_and_an_unknown_one_404() throws Exception {
        PrivateLinkRow link = link(data.product("Kopi Gayo", 85_000, 10), 1);
        Form form = open(link);
        clock.advance(Duration.ofDays(1).plusMinutes(1));

        HttpResponse<String> expired = get("/p/" + link.token(), "");
        HttpResponse<String> lateConfirm = post(link, form, shipTo());
        HttpResponse<String> unknown = get("/p/AAAAAAAAAAAAAAAAAAAAAA", "");

        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("Link pesanan sudah kedaluwarsa", "https://wa.me/62");
        assertThat(lateConfirm.statusCode()).isEqualTo(410);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Pesanan tidak ditemukan");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isZero();
    }

    @Test
    void a_post_without_the_csrf_token_is_refused_and_places_nothing() throws Exception {
        PrivateLinkRow link = link(data.product("Kopi Gayo", 85_000, 10), 3);
        Form form = open(link);

        HttpResponse<String> response = post(link, new Form("", form.cookie()), shipTo());

        assertThat(response.statusCode()).isIn(302, 403);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("/o/");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isZero();
    }

    private PrivateLinkRow link(Product product, int days) {
        return as("cs", "CS", () -> links.create(PrivateLinks.of(product, 2, 70_000).charges(0, 18_000, 0, 123)
                .validDays(days).build()));
    }

    private record Form(String csrf, String cookie) {}

    private Form open(PrivateLinkRow link) throws Exception {
        HttpResponse<String> page = get("/p/" + link.token(), "");
        assertThat(page.statusCode()).isEqualTo(200);
        String cookie = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).as("CSRF token in the form").isTrue();
        return new Form(m.group(1), cookie);
    }

    private static List<String> shipTo() {
        return List.of("name", "Dewi Lestari", "phone", "0857-3333-4444", "street", "Jl. Dago No. 10", "village", "Dago",
                "district", "Coblong", "city", "Kota Bandung", "province", "Jawa Barat", "postalCode", "40135",
                "note", "");
    }

    private HttpResponse<String> post(PrivateLinkRow link, Form form, List<String> fields) throws Exception {
        List<String> all = new ArrayList<>(fields);
        if (!form.csrf().isEmpty()) {
            all.addAll(List.of("_csrf", form.csrf()));
        }
        String body = IntStream.range(0, all.size() / 2)
                .mapToObj(i -> enc(all.get(2 * i)) + "=" + enc(all.get(2 * i + 1))).collect(Collectors.joining("&"));
        return phone.send(HttpRequest.newBuilder(URI.create(url("/p/" + link.token())))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", form.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return phone.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
