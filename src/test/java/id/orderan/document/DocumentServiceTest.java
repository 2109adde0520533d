package id.orderan.document;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.support.IntegrationTest;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Real PDFs, parsed back: text, page sizes, page counts and barcodes. */
class DocumentServiceTest extends IntegrationTest {

    private static final float MM = 72f / 25.4f;

    @Autowired
    DocumentService documents;

    @Test
    void an_invoice_shows_the_order_the_buyer_and_the_rupiah_total() throws Exception {
        SalesOrder order = order("Siti Nurhaliza");

        byte[] pdf = asAdmin(() -> documents.invoice(order.getOrderNumber(), "Bonus stiker", Locale.ROOT));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(size(document, 0)).isEqualTo(new float[] {210, 297});
            assertThat(text).contains(order.getOrderNumber(), "Siti Nurhaliza", "Rp 170.000", "BELUM LUNAS",
                    "BCA 1234567890", "Bonus stiker");
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
    }

    @Test
    void an_english_reader_gets_an_english_invoice() throws Exception {
        SalesOrder order = order("Budi Santoso");

        byte[] pdf = asAdmin(() -> documents.invoice(order.getOrderNumber(), null, Locale.ENGLISH));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("UNPAID", "Left to pay", "Please transfer to:")
                    .doesNotContain("BELUM LUNAS");
        }
    }

    @Test
    void markup_in_names_and_notes_prints_literally() throws Exception {
        SalesOrder order = order("<b>Budi</b> & Co");

        byte[] pdf = asAdmin(() -> documents.invoice(order.getOrderNumber(), "<script>alert(1)</script> & <i>", Locale.ROOT));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("<b>Budi</b> & Co", "<script>alert(1)</script> & <i>");
        }
    }

    @Test
    void labels_come_in_thermal_a6_and_four_up_a4_sizes() throws Exception {
        SalesOrder order = order("Rina Simanjuntak");
        Map<LabelFormat, float[]> expected = new EnumMap<>(Map.of(
                LabelFormat.THERMAL_100X150, new float[] {100, 150},
                LabelFormat.A6, new float[] {105, 148},
                LabelFormat.A4_4UP, new float[] {210, 297}));
        for (var entry : expected.entrySet()) {
            byte[] pdf = as("gudang", "GUDANG", () -> documents.labels(List.of(order.getOrderNumber()), entry.getKey(),
                    Locale.ROOT));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(size(document, 0)).as(entry.getKey().name()).isEqualTo(entry.getValue());
                assertThat(new PDFTextStripper().getText(document)).contains("Rina Simanjuntak", order.getOrderNumber(),
                        "Kota Bandung");
            }
        }
    }

    @Test
    void a_hundred_orders_make_a_hundred_thermal_pages_or_twenty_five_a4_sheets() throws Exception {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000, 1_000);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            numbers.add(data.order(budi, OrderSource.FORM, kopi, 1).getOrderNumber());
        }

        try (PDDocument thermal = Loader.loadPDF(asAdmin(() -> documents.labels(numbers, LabelFormat.THERMAL_100X150,
                Locale.ROOT)))) {
            assertThat(thermal.getNumberOfPages()).isEqualTo(100);
            assertThat(new PDFTextStripper().getText(thermal)).contains(numbers.getFirst(), numbers.getLast());
        }
        try (PDDocument a4 = Loader.loadPDF(asAdmin(() -> documents.labels(numbers, LabelFormat.A4_4UP, Locale.ROOT)))) {
            assertThat(a4.getNumberOfPages()).isEqualTo(25);
        }
    }

    @Test
    void invoice_and_label_print_together_each_on_its_own_paper() throws Exception {
        SalesOrder first = order("Siti Nurhaliza");
        SalesOrder second = order("Budi Santoso");

        byte[] pdf = asAdmin(() -> documents.invoicesAndLabels(List.of(first.getOrderNumber(), second.getOrderNumber()),
                Locale.ROOT));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            assertThat(size(document, 0)).isEqualTo(new float[] {210, 297});
            assertThat(size(document, 1)).isEqualTo(new float[] {100, 150});
            assertThat(size(document, 2)).isEqualTo(new float[] {210, 297});
            assertThat(size(document, 3)).isEqualTo(new float[] {100, 150});
            var stripper = new PDFTextStripper();
            stripper.setStartPage(4);
            stripper.setEndPage(4);
            assertThat(stripper.getText(document)).contains("Budi Santoso", second.getOrderNumber());
        }
    }

    @Test
    void the_label_barcodes_decode_to_the_resi_and_the_order_number() throws Exception {
        SalesOrder order = order("Dewi Lestari");
        data.forceStatus(order, OrderStatus.PROSES_PENGIRIMAN, "");
        data.shipment(order, "JP1234567890");

        byte[] pdf = asAdmin(() -> documents.labels(List.of(order.getOrderNumber()), LabelFormat.THERMAL_100X150,
                Locale.ROOT));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300);
            var hints = Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
                    DecodeHintType.TRY_HARDER, Boolean.TRUE);
            Result[] results = new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))), hints);
            assertThat(Stream.of(results).map(Result::getText)).contains("JP1234567890", order.getOrderNumber());
        }
    }

    @Test
    void the_warehouse_prints_labels_but_not_invoices() {
        SalesOrder order = order("Budi Santoso");

        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> documents.invoice(order.getOrderNumber(), null,
                Locale.ROOT))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("gudang", "GUDANG", () -> documents.labels(List.of(order.getOrderNumber()),
                LabelFormat.A6, Locale.ROOT))).isNotEmpty();
        assertThat(data.auditRows(order)).as("rendering writes nothing: the print action records it").isEqualTo(1);
    }

    private SalesOrder order(String buyer) {
        Customer customer = data.customer().name(buyer).create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        return data.order(customer, OrderSource.FORM, kopi, 2);
    }

    /** Page size in whole millimetres (±1 mm tolerance by rounding). */
    private static float[] size(PDDocument document, int page) {
        PDRectangle box = document.getPage(page).getMediaBox();
        return new float[] {Math.round(box.getWidth() / MM), Math.round(box.getHeight() / MM)};
    }
}
