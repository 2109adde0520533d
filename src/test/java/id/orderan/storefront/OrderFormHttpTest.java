package id.orderan.storefront;

import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.catalog.ProductService;
import id.orderan.order.Courier;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import id.orderan.support.IntegrationTest;
import id.orderan.support.OrderForms;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 §1 over real HTTP, as a phone without JavaScript posts the order form: the page gives the
 * CSRF token, the session cookie and the form's one-time key; the server computes every amount.
 */
class OrderFormHttpTest extends IntegrationTest {

    private static final int MAX_PAGE_BYTES = 100 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    OrderFormService forms;

    @Autowired
    ProductService products;

    @Autowired
    StoreService store;

    @Autowired
    AntiSpamService antiSpam;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient phone = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    Product kopi;
    Product habis;

    @BeforeEach
    void shop() {
        asAdmin(() -> store.save(new StoreProfile("Toko Kopi Rina", "Jl. Kaliurang 5", "0812-1111-2222", "", List.of(
                new StoreProfile.BankAccount("BCA", "1234567890", "Rina"),
                new StoreProfile.BankAccount("BRI", "9876543210", "Rina")), "", "100x150", null, null,
                store.profile().version())));
        kopi = data.product("Kopi Gayo", 85_000, 10);
        habis = data.product("Gula Aren", 30_000, 0);
    }

    @Test
    void the_form_renders_products_with_prices_and_sold_out_as_habis_and_weighs_at_most_100_kb() throws Exception {
        OrderForms.form().slug("promo-kopi").title("Promo Kopi Akhir Tahun").product(kopi, 75_000L).product(habis)
                .flat(Courier.JNE, "REG", 18_000).save(forms);

        HttpResponse<byte[]> response = phone.send(HttpRequest.newBuilder(URI.create(url("/f/promo-kopi"))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        String page = new String(response.body(), StandardCharsets.UTF_8);
        System.out.println("Order form page weight: " + response.body().length + " bytes");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().length).isLessThanOrEqualTo(MAX_PAGE_BYTES);
        assertThat(page).contains("Promo Kopi Akhir Tahun", "Kopi Gayo", "Rp 75.000", "Gula Aren", "Habis",
                "JNE REG", "Rp 18.000", "Hitung total", "name=\"_csrf\"", "name=\"key\"")
                .doesNotContain("name=\"qty_" + habis.getId() + "\"");
        assertThat(page).containsPattern("name=\"website\"[^>]*autocomplete=\"off\"[^>]*tabindex=\"-1\"");
        assertThat(response.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("vaadin");
    }

    @Test
    void a_post_creates_one_form_order_belum_bayar_with_the_servers_total_even_when_the_browser_posts_fake_prices()
            throws Exception {
        OrderForms.form().slug("promo-kopi").product(kopi, 75_000L).flat(Courier.JNE, "REG", 18_000)
                .flat(Courier.SICEPAT, "BEST", 25_000).uniqueCode().save(forms);
        Form form = open("/f/promo-kopi");

        HttpResponse<String> response = post("/f/promo-kopi", form, buyer(Map.of("qty_" + kopi.getId(), "2",
                "ongkir", "1", "price_" + kopi.getId(), "1", "total", "1000", "shippingCost", "0", "uniqueCode", "0")));

        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/o/[A-Za-z0-9_-]{22}/terima-kasih");
        assertThat(orders()).isEqualTo(1);
        Map<String, Object> order = jdbc.queryForMap("SELECT * FROM sales_order");
        assertThat(order.get("source")).isEqualTo("FORM");
        assertThat(order.get("status")).isEqualTo("BELUM_BAYAR");
        assertThat(((Number) order.get("shipping_cost")).longValue()).isEqualTo(25_000);
        assertThat(order.get("courier")).isEqualTo("SICEPAT");
        int uniqueCode = ((Number) order.get("unique_code")).intValue();
        assertThat(uniqueCode).isBetween(1, 999);
        assertThat(((Number) order.get("grand_total")).longValue()).isEqualTo(2 * 75_000 + 25_000 + uniqueCode);
        assertThat(data.stock(kopi)).isEqualTo(8);
        assertThat(order.get("buyer_token")).isEqualTo(location.replaceAll(".*/o/([^/]+)/terima-kasih", "$1"));
    }

    @Test
    void two_identical_posts_make_one_order_and_both_land_on_the_same_thank_you_page() throws Exception {
        OrderForms.form().slug("promo-kopi").product(kopi).free().save(forms);
        Form form = open("/f/promo-kopi");
        var fields = buyer(Map.of("qty_" + kopi.getId(), "1"));

        HttpResponse<String> first = post("/f/promo-kopi", form, fields);
        HttpResponse<String> second = post("/f/promo-kopi", form, fields);

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(orders()).isEqualTo(1);
        assertThat(data.stock(kopi)).isEqualTo(9);
    }

    @Test
    void the_thank_you_page_shows_the_amount_with_the_kode_unik_and_the_forms_banks_and_a_refresh_changes_nothing()
            throws Exception {
        OrderForms.form().slug("promo-kopi").product(kopi).free().uniqueCode().banks("9876543210").save(forms);
        Form form = open("/f/promo-kopi");
        String thankYou = post("/f/promo-kopi", form, buyer(Map.of("qty_" + kopi.getId(), "1")))
                .headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        Map<String, Object> order = jdbc.queryForMap("SELECT order_number, grand_total, unique_code, version FROM sales_order");

        HttpResponse<String> page = get(thankYou, form.cookie());
        HttpResponse<String> again = get(thankYou, form.cookie());

        assertThat(page.statusCode()).isEqualTo(200);
        String code = String.format("%03d", ((Number) order.get("unique_code")).intValue());
        assertThat(page.body()).contains((String) order.get("order_number"), "<b>" + code + "</b>", "9876543210",
                "data-copy=\"9876543210\"", "href=\"/o/" + thankYou.split("/")[2] + "\"", "https://wa.me/6281211112222")
                .doesNotContain("1234567890");
        assertThat(again.body()).isEqualTo(page.body());
        assertThat(orders()).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT order_number, grand_total, unique_code, version FROM sales_order"))
                .isEqualTo(order);
    }

    @Test
    void a_form_that_sends_the_buyer_to_whatsapp_makes_whatsapp_the_first_action_with_number_and_total()
            throws Exception {
        OrderForms.form().slug("promo-wa").product(kopi).free().whatsApp().save(forms);
        Form form = open("/f/promo-wa");
        String thankYou = post("/f/promo-wa", form, buyer(Map.of("qty_" + kopi.getId(), "1")))
                .headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        String number = jdbc.queryForObject("SELECT order_number FROM sales_order", String.class);

        String page = get(thankYou, form.cookie()).body();

        assertThat(page).contains("id=\"whatsapp-first\"", "Kirim ke WhatsApp toko");
        Matcher wa = Pattern.compile("href=\"(https://wa.me/[^\"]+)\"").matcher(page);
        assertThat(wa.find()).isTrue();
        String text = java.net.URLDecoder.decode(wa.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
        assertThat(text).contains(number, "Rp 85.000");
    }

    @Test
    void ongkir_confirmed_by_the_admin_places_the_order_without_shipping_and_the_thank_you_page_says_so() throws Exception {
        OrderForms.form().slug("promo-ongkir").product(kopi).confirmShipping().save(forms);
        Form form = open("/f/promo-ongkir");

        String thankYou = post("/f/promo-ongkir", form, buyer(Map.of("qty_" + kopi.getId(), "1")))
                .headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");

        Map<String, Object> order = jdbc.queryForMap("SELECT shipping_cost, shipping_to_confirm, grand_total FROM sales_order");
        assertThat(((Number) order.get("shipping_cost")).longValue()).isZero();
        assertThat(order.get("shipping_to_confirm")).isIn(true, 1, (byte) 1);
        assertThat(((Number) order.get("grand_total")).longValue()).isEqualTo(85_000);
        assertThat(get(thankYou, form.cookie()).body()).contains("belum termasuk ongkos kirim");
    }

    @Test
    void hitung_total_without_javascript_shows_the_servers_total_and_creates_nothing() throws Exception {
        OrderForms.form().slug("promo-kopi").product(kopi, 75_000L).flat(Courier.JNE, "REG", 18_000).save(forms);
        Form form = open("/f/promo-kopi");
        var fields = new ArrayList<>(buyer(Map.of("qty_" + kopi.getId(), "3", "ongkir", "0")));
        fields.addAll(List.of("hitung", "1"));

        HttpResponse<String> response = post("/f/promo-kopi", form, fields);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Rp 243.000", "value=\"Rina Kartika\"", "value=\"" + form.key() + "\"");
        assertThat(orders()).isZero();
    }

    @Test
    void a_post_without_the_csrf_token_is_refused_and_creates_no_order() throws Exception {
        OrderForms.form().slug("promo-kopi").product(kopi).free().save(forms);
        Form form = open("/f/promo-kopi");

        HttpResponse<String> response = post("/f/promo-kopi", new Form("", form.key(), form.cookie()),
                buyer(Map.of("qty_" + kopi.getId(), "1")));

        assertThat(response.statusCode()).isIn(302, 403);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("terima-kasih");
        assertThat(orders()).isZero();
    }

    @Test
    void a_filled_honeypot_creates_no_order() throws Exception {
        OrderForms.form().slug("promo-kopi").product(kopi).free().save(forms);
        Form form = open("/f/promo-kopi");

        HttpResponse<String> response = post("/f/promo-kopi", form, buyer(Map.of("qty_" + kopi.getId(), "1",
                "website", "http://spam.example")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(orders()).isZero();
        assertThat(data.stock(kopi)).isEqualTo(10);
    }

    @Test
    void over_the_hourly_limit_of_one_whatsapp_number_the_buyer_gets_the_polite_429_page_and_no_order()
            throws Exception {
        OrderForms.form().slug("promo-kopi").product(kopi).free().save(forms);
        AntiSpamSettings limits = asAdmin(() -> antiSpam.settings());
        asAdmin(() -> antiSpam.save(new AntiSpamSettings(limits.minNameLength(), limits.minAddressLength(), 2,
                limits.maxPerAddressPerHour(), limits.version())));
        var fields = buyer(Map.of("qty_" + kopi.getId(), "1"));

        int first = post("/f/promo-kopi", open("/f/promo-kopi"), fields).statusCode();
        int second = post("/f/promo-kopi", open("/f/promo-kopi"), fields).statusCode();
        HttpResponse<String> third = post("/f/promo-kopi", open("/f/promo-kopi"), fields);

        assertThat(List.of(first, second)).containsOnly(303);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L));
        assertThat(third.body()).contains("Mohon tunggu sebentar");
        assertThat(orders()).isEqualTo(2);
        assertThat(data.stock(kopi)).isEqualTo(8);
    }

    @Test
    void a_number_on_the_block_list_still_orders_but_the_order_arrives_flagged_perlu_dicek_with_the_reason()
            throws Exception {
        OrderForms.form().slug("promo-kopi").product(kopi).free().save(forms);
        asAdmin(() -> antiSpam.block(BlockKind.PHONE, "+62 812 7777 1234", "pesanan palsu bulan lalu"));

        HttpResponse<String> response = post("/f/promo-kopi", open("/f/promo-kopi"),
                buyer(Map.of("qty_" + kopi.getId(), "1")));

        assertThat(response.statusCode()).isEqualTo(303);
        Map<String, Object> order = jdbc.queryForMap("SELECT needs_review, review_reason FROM sales_order");
        assertThat(order.get("needs_review")).isEqualTo(true);
        assertThat((String) order.get("review_reason")).contains("daftar blokir");
    }

    @Test
    void invalid_input_comes_back_as_422_with_indonesian_messages_and_the_typed_values_and_creates_nothing()
            throws Exception {
        OrderForms.form().slug("promo-kopi").product(kopi).flat(Courier.JNE, "REG", 18_000).save(forms);
        Form form = open("/f/promo-kopi");

        HttpResponse<String> response = post("/f/promo-kopi", form, List.of("qty_" + kopi.getId(), "1", "name", "",
                "phone", "12345", "email", "bukan-email", "street", "Jl. Mawar 3", "district", "", "city", "Kota Bandung",
                "province", "Jawa Barat", "postalCode", "40"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Nama wajib diisi.", "Nomor WhatsApp tidak valid", "Alamat email tidak valid.",
                "Kecamatan wajib diisi.", "Kode pos terdiri dari 5 angka.", "Pilih kurir pengiriman.",
                "value=\"bukan-email\"", "Jl. Mawar 3", "value=\"Kota Bandung\"");
        assertThat(orders()).isZero();
    }

    @Test
    void a_product_sold_out_between_the_page_and_the_post_is_refused_with_a_message_and_no_order() throws Exception {
        OrderForms.form().slug("promo-kopi").product(kopi).free().save(forms);
        Form form = open("/f/promo-kopi");
        asAdmin(() -> products.writeOff(kopi.getId(), 10, "Rusak"));

        HttpResponse<String> response = post("/f/promo-kopi", form, buyer(Map.of("qty_" + kopi.getId(), "1")));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Kopi Gayo sudah habis");
        assertThat(orders()).isZero();
    }

    @Test
    void an_unknown_or_inactive_form_is_a_friendly_404() throws Exception {
        OrderForms.form().slug("tutup").product(kopi).free().inactive().save(forms);

        for (String path : List.of("/f/tidak-ada", "/f/tutup", "/f/Bad_Slug", "/o/AAAAAAAAAAAAAAAAAAAAAA/terima-kasih")) {
            HttpResponse<String> response = get(path, "");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("tidak ditemukan");
        }
    }

    @Test
    void the_area_search_answers_ten_results_from_three_characters() throws Exception {
        HttpResponse<String> tooShort = get("/f/wilayah?q=ca", "");
        HttpResponse<String> response = get("/f/wilayah?q=" + URLEncoder.encode("kota", StandardCharsets.UTF_8), "");

        assertThat(tooShort.statusCode()).isEqualTo(200);
        assertThat(tooShort.body()).isEqualTo("[]");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(response.body().split("\"code\"").length - 1).isLessThanOrEqualTo(10);
    }

    private record Form(String csrf, String key, String cookie) {}

    private Form open(String path) throws Exception {
        HttpResponse<String> page = phone.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String cookie = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        return new Form(hidden(page.body(), "_csrf"), hidden(page.body(), "key"), cookie);
    }

    private static String hidden(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as(name + " in the form").isTrue();
        return m.group(1);
    }

    private static List<String> buyer(Map<String, String> extra) {
        List<String> fields = new ArrayList<>(List.of("name", "Rina Kartika", "phone", "0812-7777-1234", "email", "",
                "street", "Jl. Melati No. 7", "village", "Caturtunggal", "district", "Depok", "city", "Kab. Sleman",
                "province", "DI Yogyakarta", "postalCode", "55281", "note", "Tolong dibungkus rapi"));
        extra.forEach((name, value) -> {
            fields.add(name);
            fields.add(value);
        });
        return fields;
    }

    private HttpResponse<String> post(String path, Form form, List<String> fields) throws Exception {
        List<String> all = new ArrayList<>(fields);
        if (!form.csrf().isEmpty()) {
            all.addAll(List.of("_csrf", form.csrf()));
        }
        all.addAll(List.of("key", form.key()));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < all.size(); i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(encode(all.get(i))).append('=').append(encode(all.get(i + 1)));
        }
        return phone.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", form.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return phone.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private int orders() {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class));
    }

}
