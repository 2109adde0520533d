package id.orderan.document;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.Courier;
import id.orderan.order.SalesOrder;
import id.orderan.support.IntegrationTest;
import id.orderan.support.WarehouseOrders;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The picklist and packlist PDFs, parsed back: sums by SKU, rack order, order numbers, pages, no money. */
class WarehouseDocumentsTest extends IntegrationTest {

    private static final float MM = 72f / 25.4f;

    @Autowired
    WarehouseDocuments documents;

    @Autowired
    WarehouseOrders warehouse;

    private SalesOrder first;
    private SalesOrder second;
    private SalesOrder third;

    @BeforeEach
    void threeOrders() {
        Customer buyer = warehouse.buyer();
        Product kaos = warehouse.product("KAOS-M", "Kaos Polos M", "B-10", "8990001");
        Product topi = warehouse.product("TOPI-01", "Topi Rajut", "A-2", null);
        Product tas = warehouse.product("TAS-KANVAS", "Tas Kanvas", null, null);
        first = warehouse.paid(buyer, Courier.JNE.code(), false, lines(kaos, 2, topi, 1));
        second = warehouse.paid(buyer, Courier.JNE.code(), true, lines(kaos, 3, tas, 1));
        third = warehouse.paid(buyer, Courier.SICEPAT.code(), false, lines(topi, 4));
    }

    @Test
    void a_picklist_sums_each_sku_in_rack_order_and_names_the_orders() throws Exception {
        byte[] pdf = as("gudang", "GUDANG", () -> documents.picklist(numbers(), PicklistPaper.A4, Locale.ROOT));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(size(document)).containsExactly(210, 297);
            assertThat(text).contains("PICKLIST", first.getOrderNumber(), second.getOrderNumber(),
                    third.getOrderNumber(), "8990001");
            // A-2 (TOPI-01) before B-10 (KAOS-M), the product without a rack last
            int topi = text.indexOf("TOPI-01");
            int kaos = text.indexOf("KAOS-M");
            int tas = text.indexOf("TAS-KANVAS");
            assertThat(topi).isPositive().isLessThan(kaos);
            assertThat(kaos).isLessThan(tas);
            assertThat(quantityAfter(text, "TOPI-01")).isEqualTo(5);
            assertThat(quantityAfter(text, "KAOS-M")).isEqualTo(5);
            assertThat(quantityAfter(text, "TAS-KANVAS")).isEqualTo(1);
            assertThat(text).doesNotContain("Rp");
        }
    }

    @Test
    void a_thermal_picklist_prints_on_100_by_150() throws Exception {
        byte[] pdf = as("gudang", "GUDANG", () -> documents.picklist(numbers(), PicklistPaper.THERMAL_100X150,
                Locale.ROOT));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(size(document)).containsExactly(100, 150);
            assertThat(new PDFTextStripper().getText(document)).contains("KAOS-M", "TOPI-01", "TAS-KANVAS");
        }
    }

    @Test
    void label_and_packlist_gives_each_order_its_label_then_its_packlist_with_only_the_cod_amount() throws Exception {
        byte[] pdf = as("gudang", "GUDANG", () -> documents.packlists(List.of(first.getOrderNumber(),
                second.getOrderNumber()), true, Locale.ROOT));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            assertThat(size(document)).containsExactly(100, 150);
            String secondPacklist = page(document, 4);
            assertThat(page(document, 2)).contains("PACKLIST", first.getOrderNumber(), "KAOS-M", "TOPI-01");
            assertThat(secondPacklist).contains("PACKLIST", second.getOrderNumber(), "TAS-KANVAS", "COD Rp 360.000");
            // the rack order holds on the packlist too: B-10 before the product without a rack
            assertThat(secondPacklist.indexOf("KAOS-M")).isLessThan(secondPacklist.indexOf("TAS-KANVAS"));
            String all = new PDFTextStripper().getText(document);
            assertThat(all.replace("Rp 360.000", "")).doesNotContain("Rp");
        }
    }

    @Test
    void more_orders_than_one_print_serves_are_refused() {
        List<String> tooMany = Collections.nCopies(WarehouseDocuments.MAX_ORDERS + 1, first.getOrderNumber());

        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> documents.picklist(tooMany, PicklistPaper.A4,
                Locale.ROOT))).isInstanceOf(BusinessException.class).hasMessageContaining("bulk-size");
    }

    private List<String> numbers() {
        return List.of(first.getOrderNumber(), second.getOrderNumber(), third.getOrderNumber());
    }

    /**
     * The quantity of a SKU's row: the first line after the SKU that is a small number alone (the
     * text of a row is location + SKU + name, its orders, its barcode digits, then the quantity column).
     */
    private static int quantityAfter(String text, String sku) {
        int at = text.indexOf(sku);
        assertThat(at).as("row of " + sku + " in:\n" + text).isNotNegative();
        Matcher matcher = Pattern.compile("^(\\d{1,3})\\s*$", Pattern.MULTILINE).matcher(text);
        assertThat(matcher.find(at)).as("quantity of " + sku + " in:\n" + text).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static String page(PDDocument document, int page) throws Exception {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static List<Integer> size(PDDocument document) {
        var box = document.getPage(0).getMediaBox();
        return List.of(Math.round(box.getWidth() / MM), Math.round(box.getHeight() / MM));
    }

    private static Map<Product, Integer> lines(Object... productsAndQuantities) {
        Map<Product, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < productsAndQuantities.length; i += 2) {
            lines.put((Product) productsAndQuantities[i], (Integer) productsAndQuantities[i + 1]);
        }
        return lines;
    }
}
