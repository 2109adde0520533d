package id.orderan.e2e;

import static id.orderan.warehouse.HandoverFixtures.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.order.Courier;
import id.orderan.security.Role;
import id.orderan.shipping.ShippingService;
import id.orderan.support.TestUsers;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Acceptance of issue 14 §5 in real Chromium as the warehouse, on a tablet held both ways: a manifest
 * of 2 parcels typed into the scan field (type + Enter, as a scanner does) → a PDF with both resi, and
 * nothing needs horizontal scrolling.
 */
class HandoverBrowserTest extends BrowserTest {

    @Autowired
    ShippingService shipping;

    @Autowired
    TestUsers testUsers;

    @Test
    void a_manifest_of_two_parcels_gives_a_pdf_with_both_resi_at_1024x768_and_768x1024() throws Exception {
        testUsers.ensure("gudang", "gudang-rahasia-1", Role.GUDANG);
        driver.manage().window().setSize(new Dimension(1024, 768));
        driver.get(url("gudang/serah-terima"));
        signIn("gudang", "gudang-rahasia-1");

        handOver("JP1111111111", "JP2222222222");
        driver.manage().window().setSize(new Dimension(768, 1024));
        driver.navigate().refresh();
        handOver("JP3333333333", "JP4444444444");
    }

    private void handOver(String firstResi, String secondResi) throws Exception {
        shipped(data, shipping, Courier.JNT, firstResi);
        shipped(data, shipping, Courier.JNT, secondResi);
        click("handover-courier");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[contains(., 'J&T Express')]"))).click();
        click("handover-open");
        scan(firstResi);
        wait.until(d -> d.findElement(By.id("handover-count")).getText().equals("1 paket"));
        scan(secondResi.toLowerCase()); // typed by hand: the same resi
        wait.until(d -> d.findElement(By.id("handover-count")).getText().equals("2 paket"));
        assertNoHorizontalScroll();

        click("handover-close");
        WebElement print = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("handover-print")));
        assertNoHorizontalScroll();
        String pdfText = text(download(print.getAttribute("href")));
        assertThat(pdfText).contains(firstResi, secondResi, "J&T Express", "Diterima oleh (kurir)");
    }

    /** A keyboard-wedge scanner: the code typed into the focused field, then Enter. */
    private void scan(String code) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#handover-scan input")));
        assertThat(js("return document.activeElement === arguments[0]"
                + " || arguments[0].getRootNode().activeElement === arguments[0]"
                + " || document.activeElement?.id === 'handover-scan'", input)).as("the scan field has the focus")
                .isEqualTo(true);
        input.sendKeys(code, Keys.ENTER);
    }

    private void assertNoHorizontalScroll() {
        assertThat(js("return document.scrollingElement.scrollWidth <= innerWidth")).isEqualTo(true);
    }

    /** The PDF fetched in the browser's own session, as the tablet opens it. */
    private byte[] download(String href) {
        String base64 = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; const a = new Uint8Array(b);
                  for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);
                  done(btoa(s));
                });""", href);
        return Base64.getDecoder().decode(base64);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
