package id.orderan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.ProductService;
import id.orderan.security.Role;
import id.orderan.support.TestUsers;
import id.orderan.warehouse.PackingFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 §3 acceptance in Chromium, as GUDANG at 1024×768 and at 768×1024: an order packed by typing codes
 * and Enter into the focused scan field, as a keyboard-wedge scanner does (a wrong item refused, the right
 * ones tick, packed), then the resi → Proses Pengiriman; nothing needs horizontal scrolling.
 */
class PackingBrowserTest extends BrowserTest {

    @Autowired
    ProductService products;

    @Autowired
    TestUsers users;

    @Test
    void gudang_packs_an_order_with_the_scan_field_and_ships_it_on_both_tablet_orientations() {
        users.ensure("gudang-kemas", "gudang-rahasia-kemas-1", Role.GUDANG);
        PackingFixture landscape = PackingFixture.create(data, products);
        driver.manage().window().setSize(new Dimension(1024, 768));
        driver.get(url("gudang/kemas"));
        signIn("gudang-kemas", "gudang-rahasia-kemas-1");

        pack(landscape, "JP1111111111");

        PackingFixture portrait = landscape.another(data);
        driver.manage().window().setSize(new Dimension(768, 1024));
        driver.get(url("gudang/kemas?order=" + portrait.number())); // as the home and picklist link here
        pack(portrait, "JP2222222222");
    }

    private void pack(PackingFixture fixture, String resi) {
        wait.until(d -> !d.findElements(By.id("scan-field")).isEmpty());
        scan(fixture.number()); // opened already when linked: scanning it again changes nothing
        wait.until(d -> !d.findElements(By.id("pack-line-KOPI-GAYO")).isEmpty());
        assertThat(noHorizontalScroll()).isTrue();

        scan("SABUN-01");
        waitForText("Barang \"SABUN-01\" tidak ada di order");
        assertThat(driver.findElement(By.id("pack-count-KOPI-GAYO")).getText()).isEqualTo("0 / 2");

        scan("BC-KOPI-01");
        wait.until(d -> "1 / 2".equals(d.findElement(By.id("pack-count-KOPI-GAYO")).getText()));
        sleep(Duration.ofMillis(400)); // a second unit, not the scanner's double read
        scan("BC-KOPI-01");
        wait.until(d -> "2 / 2".equals(d.findElement(By.id("pack-count-KOPI-GAYO")).getText()));
        scan("teh-melati");
        waitForText("Dikemas: " + fixture.number());
        assertThat(noHorizontalScroll()).isTrue();

        scan(resi);
        waitForText(fixture.number() + " masuk Proses Pengiriman");
        assertThat(data.status(fixture.order())).isEqualTo("PROSES_PENGIRIMAN");
    }

    /** What a keyboard-wedge scanner does: keys into whatever has the focus, then Enter. */
    private void scan(String code) {
        wait.until(d -> {
            Object id = js("const a = document.activeElement; const f = a && a.closest('vaadin-text-field');"
                    + " return f ? f.id : null;");
            return "scan-field".equals(id);
        });
        driver.switchTo().activeElement().sendKeys(code, Keys.ENTER);
    }

    private boolean noHorizontalScroll() {
        return Boolean.TRUE.equals(js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
