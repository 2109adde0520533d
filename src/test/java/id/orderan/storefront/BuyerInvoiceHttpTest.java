package id.orderan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.customer.Customer;
import id.orderan.order.CreateOrderCommand;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 (decision 0150): the buyer downloads their own invoice from {@code /o/{token}/invoice.pdf},
 * as a phone without cookies does; only that order's, nothing recorded, the same 404 for other tokens.
 */
class BuyerInvoiceHttpTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient phone = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_buyer_gets_their_invoice_with_number_and_total_and_it_is_not_recorded_as_printed() throws Exception {
        SalesOrder order = order("Budi Santoso", "0812-3456-7890", 123);
        int auditBefore = data.auditRows(order);

        HttpResponse<byte[]> response = get("/o/" + order.getBuyerToken() + "/invoice.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("inline").contains("invoice-" + order.getOrderNumber() + ".pdf"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().allValues("Set-Cookie")).as("no session for a download").isEmpty();
        String text = pdfText(response.body());
        assertThat(text).contains(order.getOrderNumber(), "Budi Santoso", "Rp 168.123");
        assertThat(jdbc.queryForObject("SELECT printed_at FROM sales_order WHERE id = ?", Object.class, order.getId()))
                .as("a buyer's download is not staff printing").isNull();
        assertThat(data.auditRows(order)).as("no timeline line").isEqualTo(auditBefore);
    }

    @Test
    void the_invoice_holds_only_the_tokens_own_order() throws Exception {
        SalesOrder mine = order("Budi Santoso", "0812-3456-7890", 0);
        SalesOrder other = order("Siti Rahmawati", "0857-1111-2222", 0);

        String text = pdfText(get("/o/" + mine.getBuyerToken() + "/invoice.pdf").body());

        assertThat(text).contains(mine.getOrderNumber())
                .doesNotContain(other.getOrderNumber(), "Siti Rahmawati", "0857-1111-2222");
    }

    @Test
    void unknown_and_malformed_tokens_get_the_same_404_page_as_the_order_page() throws Exception {
        order("Budi Santoso", "0812-3456-7890", 0);
        String unknownPage = new String(get("/o/AAAAAAAAAAAAAAAAAAAAAA").body(), StandardCharsets.UTF_8);

        for (String path : List.of("/o/AAAAAAAAAAAAAAAAAAAAAA/invoice.pdf", "/o/bukan-token/invoice.pdf",
                "/o/%27%20OR%201=1/invoice.pdf")) {
            HttpResponse<byte[]> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(path).isEqualTo(unknownPage)
                    .contains("Pesanan tidak ditemukan");
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void the_order_page_links_to_the_invoice() throws Exception {
        SalesOrder order = order("Budi Santoso", "0812-3456-7890", 0);

        String page = new String(get("/o/" + order.getBuyerToken()).body(), StandardCharsets.UTF_8);

        assertThat(page).contains("href=\"/o/" + order.getBuyerToken() + "/invoice.pdf\"", "Unduh invoice (PDF)");
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private SalesOrder order(String name, String phone, int uniqueCode) {
        Customer customer = data.customer().name(name).phone(phone).create();
        var kopi = data.product("Kopi Gayo " + name, 75_000);
        return data.order(new CreateOrderCommand(customer.getId(), OrderSource.MANUAL,
                List.of(new CreateOrderCommand.Line(kopi.getId(), 2, null)), 0, 18_000, 0, 0, uniqueCode, null, "JNE",
                "REG", null, null, false));
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return phone.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
