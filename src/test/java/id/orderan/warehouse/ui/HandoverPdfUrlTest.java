package id.orderan.warehouse.ui;

import static id.orderan.support.TestData.as;
import static id.orderan.warehouse.HandoverFixtures.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.order.Courier;
import id.orderan.security.Role;
import id.orderan.shipping.ShippingService;
import id.orderan.support.HttpSignIn;
import id.orderan.support.IntegrationTest;
import id.orderan.support.TestUsers;
import id.orderan.warehouse.HandoverService;
import id.orderan.warehouse.ManifestDetail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The manifest PDF over real HTTP with a warehouse session: a GET that renders and changes nothing. */
class HandoverPdfUrlTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    HandoverService handover;

    @Autowired
    ShippingService shipping;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_warehouse_opens_the_closed_manifest_pdf_and_an_open_or_unknown_one_is_404() throws Exception {
        shipped(data, shipping, Courier.JNT, "JP1111111111");
        shipped(data, shipping, Courier.JNT, "JP2222222222");
        ManifestDetail manifest = as("gudang", "GUDANG", () -> handover.open(Courier.JNT.code()));
        as("gudang", "GUDANG", () -> handover.scan(manifest.id(), "JP1111111111"));
        as("gudang", "GUDANG", () -> handover.scan(manifest.id(), "JP2222222222"));
        ManifestDetail open = as("gudang", "GUDANG", () -> handover.open(Courier.JNE.code()));
        as("gudang", "GUDANG", () -> handover.close(manifest.id(), null));
        String versions = jdbc.queryForList("SELECT version FROM handover_manifest ORDER BY id").toString();
        testUsers.ensure("gudang3", "gudang-rahasia-3", Role.GUDANG);
        var browser = new HttpSignIn(port);
        assertThat(browser.signedIn("gudang3", "gudang-rahasia-3")).isTrue();

        HttpResponse<byte[]> pdf = get(browser.client(), "/documents/manifest/" + manifest.number() + ".pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("JP1111111111", "JP2222222222");
        }
        assertThat(get(browser.client(), "/documents/manifest/" + open.number() + ".pdf").statusCode()).isEqualTo(404);
        assertThat(get(browser.client(), "/documents/manifest/SRT-000000-99.pdf").statusCode()).isEqualTo(404);
        // printing wrote nothing
        assertThat(jdbc.queryForList("SELECT version FROM handover_manifest ORDER BY id").toString()).isEqualTo(versions);
    }

    private HttpResponse<byte[]> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
