package id.orderan.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.security.Role;
import id.orderan.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The PDF addresses over real HTTP, with real sessions from the login form. */
class DocumentUrlTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    id.orderan.support.TestUsers testUsers;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anonymous_callers_go_to_login_the_warehouse_gets_403_for_invoices_and_unknown_orders_404() throws Exception {
        SalesOrder order = anOrder();
        String invoice = "/documents/invoice/" + order.getOrderNumber() + ".pdf";

        HttpResponse<byte[]> anonymous = get(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(),
                invoice);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpClient admin = signedIn("admin", "rahasia-admin-123");
        HttpResponse<byte[]> pdf = get(admin, invoice);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("invoice-" + order.getOrderNumber() + ".pdf"));
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(get(admin, "/documents/invoice/INV-0000-99999.pdf").statusCode()).isEqualTo(404);

        testUsers.ensure("gudang2", "gudang-rahasia-1", Role.GUDANG);
        HttpClient gudang = signedIn("gudang2", "gudang-rahasia-1");
        assertThat(get(gudang, invoice).statusCode()).isEqualTo(403);
        assertThat(get(gudang, "/documents/label/" + order.getOrderNumber() + ".pdf?format=a6").statusCode())
                .isEqualTo(200);
        assertThat(get(gudang, "/documents/labels.pdf?orders=" + order.getOrderNumber() + "&format=a4-4up")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void a_get_prints_no_note_from_the_link_and_changes_nothing() throws Exception {
        SalesOrder order = anOrder();
        int auditRows = data.auditRows(order);
        HttpClient admin = signedIn("admin", "rahasia-admin-123");
        String forged = URLEncoder.encode("Transfer ke BCA 999 a.n. X", StandardCharsets.UTF_8);

        HttpResponse<byte[]> invoice = get(admin, "/documents/invoice/" + order.getOrderNumber() + ".pdf?note=" + forged);
        HttpResponse<byte[]> invoices = get(admin, "/documents/invoices.pdf?orders=" + order.getOrderNumber()
                + "&note=" + forged);
        HttpResponse<byte[]> labels = get(admin, "/documents/labels.pdf?orders=" + order.getOrderNumber());
        HttpResponse<byte[]> both = get(admin, "/documents/invoice-label.pdf?orders=" + order.getOrderNumber());

        for (HttpResponse<byte[]> response : List.of(invoice, invoices, labels, both)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(text(response.body())).contains(order.getOrderNumber()).doesNotContain("BCA 999");
        }
        assertThat(jdbc.queryForObject("SELECT printed_at FROM sales_order WHERE id = ?", java.sql.Timestamp.class,
                order.getId())).as("a GET does not mark the order printed").isNull();
        assertThat(data.auditRows(order)).as("a GET writes no timeline entry").isEqualTo(auditRows);
    }

    @Test
    void a_note_kept_in_orderan_prints_only_for_the_user_who_typed_it() throws Exception {
        SalesOrder order = anOrder();
        String token = id.orderan.support.TestData.asAdmin(() -> invoiceNotes.keep("Bonus stiker"));
        String invoice = "/documents/invoice/" + order.getOrderNumber() + ".pdf?noteToken=" + token;

        HttpResponse<byte[]> own = get(signedIn("admin", "rahasia-admin-123"), invoice);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(text(own.body())).contains("Bonus stiker");

        testUsers.ensure("cs2", "cs-rahasia-123", Role.CS);
        HttpResponse<byte[]> someoneElse = get(signedIn("cs2", "cs-rahasia-123"), invoice);
        assertThat(someoneElse.statusCode()).as("another user's token prints nothing").isEqualTo(400);
        assertThat(new String(someoneElse.body(), StandardCharsets.UTF_8)).isEqualTo("error.invoice-note.expired");
    }

    @Autowired
    id.orderan.order.InvoiceNotes invoiceNotes;

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private HttpClient signedIn(String username, String password) throws Exception {
        var browser = new id.orderan.support.HttpSignIn(port);
        assertThat(browser.signedIn(username, password)).as("login of " + username).isTrue();
        return browser.client();
    }

    private HttpResponse<byte[]> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private SalesOrder anOrder() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        return data.order(budi, OrderSource.FORM, kopi, 1);
    }
}
