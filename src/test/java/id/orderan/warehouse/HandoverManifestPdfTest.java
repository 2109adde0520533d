package id.orderan.warehouse;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static id.orderan.warehouse.HandoverFixtures.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.base.Translations;
import id.orderan.document.NamedPdf;
import id.orderan.order.Courier;
import id.orderan.order.SalesOrder;
import id.orderan.shipping.ShippingService;
import id.orderan.store.StoreService;
import id.orderan.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The manifest paper, parsed back: what the driver counts and both sides sign. */
class HandoverManifestPdfTest extends IntegrationTest {

    @Autowired
    HandoverService handover;

    @Autowired
    ShippingService shipping;

    @Autowired
    StoreService store;

    @Test
    void a_manifest_of_two_parcels_prints_store_courier_count_both_resi_and_orders_and_signature_lines()
            throws Exception {
        SalesOrder first = shipped(data, shipping, Courier.JNT, "JP1111111111");
        SalesOrder other = shipped(data, shipping, Courier.JNT, "JP2222222222");
        ManifestDetail manifest = gudang(() -> handover.open(Courier.JNT.code()));
        gudang(() -> handover.scan(manifest.id(), "JP1111111111"));
        gudang(() -> handover.scan(manifest.id(), other.getOrderNumber()));
        gudang(() -> handover.close(manifest.id(), "Pak Joko"));

        NamedPdf pdf = gudang(() -> handover.manifestPdf(manifest.number(), Translations.INDONESIAN));
        String storeName = asAdmin(() -> store.profile()).name();

        assertThat(pdf.fileName()).isEqualTo("manifest-" + manifest.number() + ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains(storeName, "MANIFEST SERAH TERIMA", manifest.number(), "J&T Express",
                    "Jumlah paket", "JP1111111111", "JP2222222222", first.getOrderNumber(), other.getOrderNumber(),
                    "Kota Bandung", "Diserahkan oleh (gudang)", "Diterima oleh (kurir)", "Pak Joko");
            assertThat(text).containsPattern("Jumlah paket\\s+2");
            // a manifest lists parcels, not money
            assertThat(text).doesNotContain("Rp");
        }
    }

    @Test
    void a_reprint_is_the_same_paper() throws Exception {
        shipped(data, shipping, Courier.JNT, "JP1111111111");
        ManifestDetail manifest = gudang(() -> handover.open(Courier.JNT.code()));
        gudang(() -> handover.scan(manifest.id(), "JP1111111111"));
        gudang(() -> handover.close(manifest.id(), null));

        String first = text(gudang(() -> handover.manifestPdf(manifest.number(), Translations.ENGLISH)));
        String again = text(gudang(() -> handover.manifestPdf(manifest.number(), Translations.ENGLISH)));

        assertThat(again).isEqualTo(first).contains("HANDOVER MANIFEST", "Received by (courier)", "Full name");
    }

    @Test
    void an_open_manifest_has_no_paper_yet() {
        ManifestDetail manifest = gudang(() -> handover.open(Courier.JNT.code()));

        assertThatThrownBy(() -> gudang(() -> handover.manifestPdf(manifest.number(), Translations.INDONESIAN)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.handover.not-found");
    }

    private static String text(NamedPdf pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static <T> T gudang(java.util.function.Supplier<T> action) {
        return as("gudang", "GUDANG", action);
    }
}
