package id.orderan.document;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.order.OrderService;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.shipping.ShippingService;
import id.orderan.support.IntegrationTest;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11, defect 9: the invoice of an unpaid COD order tells the buyer to pay the courier. */
class CodInvoiceTest extends IntegrationTest {

    @Autowired
    DocumentService documents;

    @Autowired
    OrderService orders;

    @Autowired
    ShippingService shipping;

    @Test
    void the_invoice_of_an_unpaid_cod_order_says_it_is_paid_to_the_courier_instead_of_asking_for_a_transfer()
            throws Exception {
        SalesOrder order = data.codOrder(data.customer().create(), data.product("Kopi Gayo", 85_000, 10), 2);

        String text = text(as("cs", "CS", () -> documents.invoice(order.getOrderNumber(), null, Locale.ROOT)));

        assertThat(text).contains("Bayar di tempat (COD) — Rp 190.000 dibayar ke kurir", "BELUM LUNAS")
                .doesNotContain("BCA 1234567890");
    }

    @Test
    void an_english_reader_is_told_the_same_in_english() throws Exception {
        SalesOrder order = data.codOrder(data.customer().create(), data.product("Kopi Gayo", 85_000, 10), 2);

        String text = text(as("cs", "CS", () -> documents.invoice(order.getOrderNumber(), null, Locale.ENGLISH)));

        assertThat(text).contains("Cash on delivery (COD) — Rp 190.000 paid to the courier");
    }

    @Test
    void once_the_courier_collected_the_invoice_is_paid_and_says_nothing_about_cod() throws Exception {
        SalesOrder order = data.codOrder(data.customer().create(), data.product("Kopi Gayo", 85_000, 10), 2);
        data.forceStatus(order, OrderStatus.PROSES_PENGIRIMAN, "");
        as("gudang", "GUDANG", () -> {
            shipping.markDelivered(List.of(order.getOrderNumber()));
            return null;
        });

        String text = text(asAdmin(() -> documents.invoice(order.getOrderNumber(), null, Locale.ROOT)));

        assertThat(text).contains("LUNAS").doesNotContain("Bayar di tempat", "BELUM LUNAS");
    }

    @Test
    void an_order_that_is_not_cod_keeps_its_transfer_instructions() throws Exception {
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi", 85_000, 10), 1);

        String text = text(asAdmin(() -> documents.invoice(order.getOrderNumber(), null, Locale.ROOT)));

        assertThat(text).contains("BCA 1234567890").doesNotContain("Bayar di tempat");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
