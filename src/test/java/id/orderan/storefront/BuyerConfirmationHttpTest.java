package id.orderan.storefront;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.base.JakartaTime;
import id.orderan.customer.Customer;
import id.orderan.order.CreateOrderCommand;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.payment.PaymentConfirmation;
import id.orderan.payment.PaymentService;
import id.orderan.payment.ProofFile;
import id.orderan.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, the buyer's "Konfirmasi pembayaran" over real HTTP, as a phone without JavaScript posts
 * the form: the page gives the CSRF token, the session cookie and the form's one-time key.
 */
class BuyerConfirmationHttpTest extends IntegrationTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H'};

    @LocalServerPort
    int port;

    @Autowired
    PaymentService payments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private final HttpClient phone = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_valid_confirmation_with_a_png_moves_the_order_to_konfirmasi_and_staff_see_it_with_the_proof()
            throws Exception {
        SalesOrder order = order();
        Form form = open(order);

        HttpResponse<String> response = post(order, form, fields("150.000"), "bukti.png", PNG);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/o/" + order.getBuyerToken() + "?terkirim"));
        assertThat(data.status(order)).isEqualTo("KONFIRMASI");
        PaymentConfirmation pending = as("cs", "CS", () -> payments.pendingConfirmation(id(order))).orElseThrow();
        assertThat(pending.getBank()).isEqualTo("BRI");
        assertThat(pending.getAccountHolder()).isEqualTo("Budi Santoso");
        assertThat(pending.getAmount()).isEqualTo(150_000);
        assertThat(pending.getSubmittedBy()).isEqualTo("pembeli");
        assertThat(pending.getNote()).isEqualTo("Ke rekening BCA 1234567890");
        ProofFile proof = as("cs", "CS", () -> payments.proof(pending.getId())).orElseThrow();
        assertThat(proof.content()).isEqualTo(PNG);
        assertThat(proof.verifiedContentType()).isEqualTo("image/png");

        String after = get("/o/" + order.getBuyerToken() + "?terkirim", form.cookie()).body();
        assertThat(after).contains("Konfirmasi terkirim, kami cek segera", "Pembayaran sedang dicek")
                .doesNotContain("Kirim konfirmasi");
    }

    @Test
    void a_post_without_the_csrf_token_is_refused_and_saves_nothing() throws Exception {
        SalesOrder order = order();
        Form form = open(order);

        HttpResponse<String> response = post(order, new Form("", form.key(), form.cookie()), fields("150.000"),
                "bukti.png", PNG);

        // Spring Security refuses it before the controller (403, or to the sign-in page like other refusals)
        assertThat(response.statusCode()).isIn(302, 403);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("terkirim");
        assertThat(data.status(order)).isEqualTo("BELUM_BAYAR");
        assertThat(confirmations(order)).isZero();
    }

    @Test
    void a_six_megabyte_proof_is_refused_with_the_message_and_nothing_is_saved() throws Exception {
        SalesOrder order = order();
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(PNG, 0, big, 0, PNG.length);

        HttpResponse<String> response = post(order, open(order), fields("150.000"), "besar.png", big);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Bukti transfer maksimal 5 MB", "value=\"Budi Santoso\"");
        assertThat(data.status(order)).isEqualTo("BELUM_BAYAR");
        assertThat(confirmations(order)).isZero();
    }

    @Test
    void a_fifty_megabyte_body_is_stopped_by_the_multipart_limits_and_saves_nothing() throws Exception {
        SalesOrder order = order();
        byte[] huge = new byte[50 * 1024 * 1024];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);

        try {
            HttpResponse<String> response = post(order, open(order), fields("150.000"), "huge.png", huge);
            assertThat(response.statusCode()).isNotIn(200, 302, 303);
        } catch (IOException closedByTheServer) {
            // Tomcat may close the connection instead of reading 50 MB: refused as well
        }

        assertThat(data.status(order)).isEqualTo("BELUM_BAYAR");
        assertThat(confirmations(order)).isZero();
    }

    @Test
    void a_text_file_renamed_png_is_refused_by_its_content() throws Exception {
        SalesOrder order = order();

        HttpResponse<String> response = post(order, open(order), fields("150.000"), "bukti.png",
                "ini bukan gambar".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Bukti transfer harus berupa gambar JPG/PNG atau PDF");
        assertThat(data.status(order)).isEqualTo("BELUM_BAYAR");
        assertThat(confirmations(order)).isZero();
    }

    @Test
    void invalid_input_comes_back_with_indonesian_messages_and_the_typed_values_and_saves_nothing()
            throws Exception {
        SalesOrder order = order();

        HttpResponse<String> response = post(order, open(order),
                List.of("toAccount", "BCA 1234567890", "bank", "Bank Rakyat", "accountHolder", "",
                        "amount", "seratus ribu", "transferDate", "kemarin"), "bukti.png", PNG);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Nama pemilik rekening pengirim wajib diisi",
                "Jumlah transfer tidak valid", "Tanggal transfer tidak valid", "value=\"Bank Rakyat\"",
                "value=\"seratus ribu\"");
        assertThat(data.status(order)).isEqualTo("BELUM_BAYAR");
        assertThat(confirmations(order)).isZero();
    }

    @Test
    void a_second_submission_while_one_is_pending_is_refused_kindly() throws Exception {
        SalesOrder order = order();
        Form first = open(order);
        post(order, first, fields("150.000"), "bukti.png", PNG);
        assertThat(get("/o/" + order.getBuyerToken(), first.cookie()).body())
                .contains("sudah kami terima dan sedang dicek").doesNotContain("Kirim konfirmasi");

        Form again = new Form(first.csrf(), "another-key-0001", first.cookie());
        HttpResponse<String> response = post(order, again, fields("160.000"), "bukti.png", PNG);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("sudah kami terima dan sedang dicek");
        assertThat(confirmations(order)).isEqualTo(1);
        assertThat(data.status(order)).isEqualTo("KONFIRMASI");
    }

    @Test
    void after_staff_reject_the_page_shows_the_reason_and_a_new_confirmation_is_accepted() throws Exception {
        SalesOrder order = order();
        post(order, open(order), fields("150.000"), "bukti.png", PNG);
        PaymentConfirmation first = as("cs", "CS", () -> payments.pendingConfirmation(id(order))).orElseThrow();
        as("cs", "CS", () -> payments.reject(first.getId(), first.getVersion(), "Dana belum masuk ke rekening"));

        Form form = open(order);
        String page = get("/o/" + order.getBuyerToken(), form.cookie()).body();
        assertThat(page).contains("Konfirmasi sebelumnya ditolak", "Dana belum masuk ke rekening", "Kirim konfirmasi");

        HttpResponse<String> response = post(order, form, fields("168.000"), "bukti2.png", PNG);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(data.status(order)).isEqualTo("KONFIRMASI");
        assertThat(confirmations(order)).isEqualTo(2);
        assertThat(as("cs", "CS", () -> payments.pendingConfirmation(id(order))).orElseThrow().getAmount())
                .isEqualTo(168_000);
    }

    @Test
    void the_same_form_posted_twice_creates_one_confirmation() throws Exception {
        SalesOrder order = order();
        Form form = open(order);

        HttpResponse<String> first = post(order, form, fields("150.000"), "bukti.png", PNG);
        HttpResponse<String> second = post(order, form, fields("150.000"), "bukti.png", PNG);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(confirmations(order)).isEqualTo(1);
        assertThat(data.auditRows(order)).isEqualTo(2);
    }

    @Test
    void the_same_form_posted_several_times_at_once_creates_one_confirmation_and_every_post_succeeds() throws Exception {
        SalesOrder order = order();
        Form form = open(order);
        HttpRequest request = multipart("/o/" + order.getBuyerToken() + "/konfirmasi", form, fields("150.000"),
                "bukti.png", PNG);

        // several at once (taps, retries): each on its own connection, so they reach the server together
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> posts = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            posts.add(HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }

        for (var post : posts) {
            assertThat(post.get().statusCode()).as("every post is told it was sent").isEqualTo(302);
        }
        assertThat(confirmations(order)).isEqualTo(1);
        assertThat(data.auditRows(order)).isEqualTo(2);
    }

    @Test
    void another_orders_token_or_key_cannot_confirm_this_order() throws Exception {
        SalesOrder mine = order();
        SalesOrder other = order();
        Form myForm = open(mine);
        post(mine, myForm, fields("150.000"), "bukti.png", PNG);

        // my form's key replayed on the other order's address: refused, the other order untouched
        HttpResponse<String> replay = post(other, new Form(myForm.csrf(), myForm.key(), myForm.cookie()),
                fields("150.000"), "bukti.png", PNG);
        assertThat(replay.statusCode()).isEqualTo(422);
        assertThat(data.status(other)).isEqualTo("BELUM_BAYAR");
        assertThat(confirmations(other)).isZero();
        assertThat(confirmations(mine)).isEqualTo(1);

        // an unknown token: the same 404 as the page
        HttpResponse<String> unknown = phone.send(multipart("/o/AAAAAAAAAAAAAAAAAAAAAA/konfirmasi", myForm,
                fields("150.000"), "bukti.png", PNG), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    private record Form(String csrf, String key, String cookie) {}

    private Form open(SalesOrder order) throws Exception {
        HttpResponse<String> page = phone.send(HttpRequest.newBuilder(URI.create(url("/o/" + order.getBuyerToken())))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
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

    private List<String> fields(String amount) {
        return List.of("toAccount", "BCA 1234567890", "bank", "BRI", "accountHolder", "Budi Santoso", "amount", amount,
                "transferDate", JakartaTime.today(clock).toString());
    }

    private HttpResponse<String> post(SalesOrder order, Form form, List<String> fields, String fileName, byte[] file)
            throws Exception {
        return phone.send(multipart("/o/" + order.getBuyerToken() + "/konfirmasi", form, fields, fileName, file),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest multipart(String path, Form form, List<String> fields, String fileName, byte[] file)
            throws IOException {
        String boundary = "----orderan" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        if (!form.csrf().isEmpty()) {
            part(body, boundary, "_csrf", form.csrf());
        }
        part(body, boundary, "key", form.key());
        for (int i = 0; i < fields.size(); i += 2) {
            part(body, boundary, fields.get(i), fields.get(i + 1));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"proof\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", form.cookie())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String value) throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return phone.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private int confirmations(SalesOrder order) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "SELECT COUNT(*) FROM payment_confirmation WHERE order_id = ?", Integer.class, order.getId()));
    }

    private static long id(SalesOrder order) {
        return Objects.requireNonNull(order.getId());
    }

    private SalesOrder order() {
        Customer budi = data.customer().create();
        var kopi = data.product("Kopi Gayo " + System.nanoTime(), 75_000);
        return data.order(new CreateOrderCommand(budi.getId(), OrderSource.MANUAL,
                List.of(new CreateOrderCommand.Line(kopi.getId(), 2, null)), 0, 18_000, 0, 0, 0, null, "JNE",
                "REG", null, null, false));
    }
}
