package id.orderan.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13 (decision 0150): the buyer's invoice shares the bounded render slots with staff printing;
 * when they stay busy the buyer gets a friendly Indonesian 503 page, never a stack trace. Here (not
 * in storefront) because only this package may hold the renderer's slots.
 */
class BuyerInvoiceBusyHttpTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    PdfRenderer renderer;

    @Test
    void a_buyer_invoice_that_finds_no_render_slot_gets_the_friendly_503_page() throws Exception {
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi", 50_000), 1);
        var phone = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/o/" + order.getBuyerToken()
                + "/invoice.pdf")).timeout(Duration.ofSeconds(20)).GET().build();
        Semaphore slots = renderer.slots();
        int held = slots.drainPermits();
        HttpResponse<String> busy;
        try {
            busy = phone.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } finally {
            slots.release(held);
        }

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(busy.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s))
                .isPositive());
        assertThat(busy.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(busy.body()).contains("Sedang sibuk", "coba lagi",
                "dalam " + busy.headers().firstValue("Retry-After").orElseThrow() + " detik")
                .doesNotContain("Exception", "at id.orderan");
        assertThat(phone.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode())
                .as("a slot free again: the retry gets the PDF").isEqualTo(200);
    }
}
