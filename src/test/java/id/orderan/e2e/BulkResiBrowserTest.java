package id.orderan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.security.Role;
import id.orderan.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Resi massal on a tablet in Chromium, upright and on its side: the warehouse pastes three lines,
 * checks them, applies the two good ones, and nothing on the page needs horizontal scrolling.
 */
class BulkResiBrowserTest extends BrowserTest {

    @Autowired
    TestUsers users;

    @Test
    void the_warehouse_pastes_checks_and_applies_on_a_tablet_without_horizontal_scrolling() {
        users.ensure("gudang-resi", "kardus-dan-lakban", Role.GUDANG);
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        SalesOrder first = data.order(budi, OrderSource.MANUAL, kopi, 1);
        SalesOrder second = data.order(budi, OrderSource.MANUAL, kopi, 1);
        SalesOrder unpaid = data.order(budi, OrderSource.MANUAL, kopi, 1);
        data.forceStatus(first, OrderStatus.SEDANG_DIPROSES, "");
        data.forceStatus(second, OrderStatus.SEDANG_DIPROSES, "");
        viewport(768, 1024);

        driver.get(url("gudang/resi-massal"));
        signIn("gudang-resi", "kardus-dan-lakban");
        WebElement text = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#bulk-resi-text textarea")));
        text.sendKeys("order;kurir;resi\n" + first.getOrderNumber() + ";JNE;CGK111111111\n" + second.getOrderNumber()
                + ";SiCepat;004455667788\n" + unpaid.getOrderNumber() + ";JNE;CGK333333333");
        assertThat(js("return innerWidth + 'x' + innerHeight")).isEqualTo("768x1024");
        click("bulk-resi-preview");
        waitForText("Terapkan 2 baris");
        wait.until(d -> gridRow(unpaid.getOrderNumber()).contains("bukan Sedang Diproses"));
        assertNoHorizontalScrolling();
        assertThat(targetHeight("bulk-resi-apply")).as("apply is a tablet-sized target").isGreaterThanOrEqualTo(44);

        click("bulk-resi-apply");
        waitForText("Diterapkan 2 order ke Proses Pengiriman, 0 sudah selesai sebelumnya, 1 ditolak.");
        assertThat(data.status(first)).isEqualTo("PROSES_PENGIRIMAN");
        assertThat(data.status(second)).isEqualTo("PROSES_PENGIRIMAN");
        assertThat(data.status(unpaid)).isEqualTo("BELUM_BAYAR");
        assertNoHorizontalScrolling();

        viewport(1024, 768);
        assertThat(js("return innerWidth + 'x' + innerHeight")).isEqualTo("1024x768");
        assertNoHorizontalScrolling();
        assertThat(targetHeight("bulk-resi-refused-download")).isGreaterThanOrEqualTo(44);
    }

    private void assertNoHorizontalScrolling() {
        assertThat((Boolean) js("""
                const grid = document.querySelector('#bulk-resi-grid');
                const table = grid ? grid.shadowRoot.querySelector('#table') : null;
                return (!table || table.scrollWidth <= table.clientWidth + 1)
                    && document.scrollingElement.scrollWidth <= innerWidth;"""))
                .as("no horizontal scrolling, in the grid or the page, at " + js("return innerWidth + 'x' + innerHeight"))
                .isTrue();
    }

    /** The tablet's screen exactly (a window size would include the browser's own bars). */
    private void viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private double targetHeight(String id) {
        return ((Number) js("return document.getElementById(arguments[0]).getBoundingClientRect().height", id))
                .doubleValue();
    }
}
