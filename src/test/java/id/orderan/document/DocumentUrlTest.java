package id.orderan.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.security.Role;
import id.orderan.security.UserService;
import id.orderan.support.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The PDF addresses over real HTTP, with real sessions from the login form. */
class DocumentUrlTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

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

        if (users.findByUsername("gudang2").isEmpty()) {
            users.createUser("gudang2", "gudang-rahasia-1", "Gudang", Role.GUDANG);
        }
        HttpClient gudang = signedIn("gudang2", "gudang-rahasia-1");
        assertThat(get(gudang, invoice).statusCode()).isEqualTo(403);
        assertThat(get(gudang, "/documents/label/" + order.getOrderNumber() + ".pdf?format=a6").statusCode())
                .isEqualTo(200);
        assertThat(get(gudang, "/documents/labels.pdf?orders=" + order.getOrderNumber() + "&format=a4-4up")
                .statusCode()).isEqualTo(200);
    }

    private HttpClient signedIn(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        get(client, "/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).as("login of " + username)
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return client;
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
