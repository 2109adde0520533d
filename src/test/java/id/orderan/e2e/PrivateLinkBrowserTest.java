package id.orderan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 §2 in real Chromium, both sides: staff make a private link from Tambah Order in a desktop
 * browser (1366×900) and keep List Order open; the buyer opens the link on a phone (390×844), fills in
 * the address and confirms → the order page with the amount to transfer, and the order arrives live in
 * staff's List Order as source Private, Belum Bayar. The link is single use (it now opens the order);
 * a link past its validity shows the expiry page with the store's WhatsApp.
 */
class PrivateLinkBrowserTest extends BrowserTest {

    /** Live List Order pushes within about a second; this leaves room for a busy 2-core machine. */
    private static final Duration LIVE = Duration.ofSeconds(10);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void staff_send_a_private_link_the_buyer_confirms_it_on_a_phone_and_staff_see_the_order_arrive_live() {
        data.customer().name("Dewi Lestari").phone("0857-3333-4444").create();
        data.product("Kopi Gayo Arabika", 85_000, 10);
        WebDriver phone = driver;
        phone.manage().window().setSize(new Dimension(390, 844));
        WebDriver staff = openAnotherBrowser();

        actIn(staff);
        String link = privateLinkFromTambahOrder(3);
        // List Order of private orders, open before the buyer confirms (never reloaded after)
        driver.get(url("orders?sumber=private"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
        markPage();
        assertThat(gridRow("INV-")).as("no order exists before the buyer confirms").isEmpty();

        actIn(phone);
        driver.get(link);
        waitForText("Rp 158.123");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Kopi Gayo Arabika", "2 × Rp 70.000");
        fillAddressAndConfirm();
        wait.until(d -> d.getCurrentUrl().contains("/o/"));
        waitForText("Menunggu pembayaran");
        assertThat(driver.findElement(By.id("transfer")).getText()).isEqualTo("Rp 158.123");
        String orderPage = driver.getCurrentUrl();
        String number = driver.findElement(By.cssSelector("section.card strong")).getText();
        assertThat(number).startsWith("INV-");

        actIn(staff);
        String row = new WebDriverWait(driver, LIVE).until(d -> {
            String line = gridRow(number);
            return line.contains("Belum Bayar") ? line : null;
        });
        assertThat(row).contains("Dewi Lestari", "Rp 158.123");
        assertThat(pageWasNotReloaded()).as("List Order updated itself, it was not reloaded").isTrue();

        // single use: the link now opens that order's page, and no second order exists
        actIn(phone);
        driver.get(link);
        wait.until(d -> d.getCurrentUrl().equals(orderPage));
        waitForText(number);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isEqualTo(1);
    }

    @Test
    void a_link_past_the_days_staff_chose_shows_the_expiry_page_with_the_stores_whatsapp() {
        data.customer().name("Dewi Lestari").phone("0857-3333-4444").create();
        data.product("Kopi Gayo Arabika", 85_000, 10);
        WebDriver phone = driver;
        phone.manage().window().setSize(new Dimension(390, 844));

        actIn(openAnotherBrowser());
        String link = privateLinkFromTambahOrder(1);
        clock.advance(Duration.ofDays(2)); // the application's clock: the link's one day is over

        actIn(phone);
        driver.get(link);
        waitForText("Link pesanan sudah kedaluwarsa");
        assertThat(driver.findElement(By.id("whatsapp")).getAttribute("href")).startsWith("https://wa.me/62");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isZero();
    }

    /**
     * In the staff browser: Tambah Order for Dewi with two coffees at her price, shipping and a kode
     * unik, sent as a private link valid {@code days} days; returns the link the dialog shows (its
     * host is the configured public address, so the path is reopened on this test's server).
     */
    private String privateLinkFromTambahOrder(int days) {
        driver.get(url("orders/new"));
        signIn("admin", "rahasia-admin-123");
        pick("order-customer", "Dewi", "Dewi Lestari");
        pick("line-product-0", "Kopi", "Kopi Gayo Arabika");
        type("line-quantity-0", "2");
        type("line-price-0", "70000");
        type("order-shipping", "18000");
        uniqueCode(123);
        click("draft-private-link");
        type("private-link-days", Integer.toString(days));
        click("private-link-create");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#private-link-url input")));
        String shown = value("private-link-url");
        assertThat(shown).contains("/p/");
        click("private-link-close");
        return url(shown.substring(shown.indexOf("/p/") + 1));
    }

    /** Ticks "kode unik" and sets it to a known value, so the amount to transfer is known. */
    private void uniqueCode(int code) {
        WebElement checkbox = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-checkbox[contains(., 'kode unik') or contains(., 'Kode unik')]")));
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", checkbox);
        wait.until(d -> !Boolean.TRUE.equals(js("return document.getElementById('order-unique-code').disabled;")));
        type("order-unique-code", Integer.toString(code));
    }

    private void fillAddressAndConfirm() {
        fill("name", "Dewi Lestari");
        fill("phone", "0857-3333-4444");
        fill("street", "Jl. Dago No. 10");
        fill("village", "Dago");
        fill("district", "Coblong");
        fill("city", "Kota Bandung");
        fill("province", "Jawa Barat");
        fill("postalCode", "40135");
        WebElement confirm = driver.findElement(By.id("confirm"));
        js("arguments[0].scrollIntoView({block: 'center'});", confirm);
        confirm.click();
    }

    private void fill(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
