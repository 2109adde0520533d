package id.orderan.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.order.Courier;
import id.orderan.order.SalesOrder;
import id.orderan.security.Role;
import id.orderan.support.HttpSignIn;
import id.orderan.support.IntegrationTest;
import id.orderan.support.TestUsers;
import id.orderan.support.WarehouseOrders;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The picklist and packlist addresses over real HTTP as the warehouse: PDFs that only render. */
class WarehouseDocumentUrlTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    WarehouseOrders warehouse;

    @Test
    void the_warehouse_opens_picklist_and_label_packlist_pdfs_and_nothing_is_recorded() throws Exception {
        Product kaos = warehouse.product("KAOS-M", "Kaos M", "A-1", null);
        SalesOrder order = warehouse.paid(warehouse.buyer(), Courier.JNE.code(), false, Map.of(kaos, 2));
        int auditRows = data.auditRows(order);
        users.ensure("gudang-pdf", "gudang-pdf-rahasia-1", Role.GUDANG);
        var browser = new HttpSignIn(port);
        assertThat(browser.signedIn("gudang-pdf", "gudang-pdf-rahasia-1")).isTrue();
        HttpClient gudang = browser.client();

        for (String path : new String[] {"/documents/picklist.pdf?paper=100x150&orders=" + order.getOrderNumber(),
                "/documents/picklist.pdf?orders=" + order.getOrderNumber(),
                "/documents/packlists.pdf?labels=true&orders=" + order.getOrderNumber()}) {
            HttpResponse<byte[]> pdf = get(gudang, path);
            assertThat(pdf.statusCode()).as(path).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
        assertThat(get(gudang, "/documents/picklist.pdf?paper=a3&orders=" + order.getOrderNumber()).statusCode())
                .isEqualTo(400);
        assertThat(get(gudang, "/documents/picklist.pdf?orders=INV-0000-99999").statusCode()).isEqualTo(404);
        assertThat(data.auditRows(order)).as("a GET records no print").isEqualTo(auditRows);
    }

    private HttpResponse<byte[]> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
