package id.orderan.document;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.base.Address;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.support.IntegrationTest;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The structured address (kelurahan/desa apart from kecamatan) prints whole on invoices and labels. */
class AddressOnDocumentsTest extends IntegrationTest {

    private static final String FULL_ADDRESS =
            "Jl. Kaliurang Km 5 No. 7, Caturtunggal, Kec. Depok, Kab. Sleman, DI Yogyakarta 55281";

    @Autowired
    DocumentService documents;

    @Test
    void the_invoice_and_the_label_print_every_level_of_a_picked_address() throws Exception {
        Customer budi = data.customer().name("Budi Santoso").address(new Address("Jl. Kaliurang Km 5 No. 7", null,
                null, null, null, "55281", "34.04.07.2001")).create();
        SalesOrder order = data.order(budi, OrderSource.MANUAL, data.product("Kopi Gayo", 85_000), 1);

        byte[] invoice = asAdmin(() -> documents.invoice(order.getOrderNumber(), null, Locale.ROOT));
        byte[] label = as("gudang", "GUDANG", () -> documents.labels(List.of(order.getOrderNumber()),
                LabelFormat.THERMAL_100X150, Locale.ROOT));

        assertThat(text(invoice)).contains(FULL_ADDRESS);
        assertThat(text(label)).contains(FULL_ADDRESS);
    }

    /** The PDF's text with line breaks (the label wraps long addresses) as single spaces. */
    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
