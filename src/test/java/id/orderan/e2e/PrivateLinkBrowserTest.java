package id.orderan.e2e;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.storefront.PrivateLinkRow;
import id.orderan.storefront.PrivateLinkService;
import id.orderan.support.MutableClock;
import id.orderan.support.PrivateLinks;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 §2 in Chromium on a phone (390×844): a staff-made private link is opened by the buyer, the
 * address filled in and confirmed → the order page with the amount to transfer → the order in List
 * Order as source Private; opening the link again shows the order; an expired link says so.
 */
class PrivateLinkBrowserTest extends BrowserTest {

    @Autowired
    PrivateLinkService links;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_buyer_confirms_a_private_link_on_a_phone_and_the_order_reaches_list_order_as_private() {
        Product kopi = data.product("Kopi Gayo Arabika", 85_000, 10);
        PrivateLinkRow link = as("cs", "CS", () -> links.create(PrivateLinks.of(kopi, 2, 70_000).forNobody()
                .charges(0, 18_000, 0, 123).build()));
        driver.manage().window().setSize(new Dimension(390, 844));

        driver.get(url("p/" + link.token()));
        waitForText("Rp 158.123");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Kopi Gayo Arabika", "2 × Rp 70.000");
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

        wait.until(d -> d.getCurrentUrl().contains("/o/"));
        waitForText("Menunggu pembayaran");
        assertThat(driver.findElement(By.id("transfer")).getText()).isEqualTo("Rp 158.123");
        String orderPage = driver.getCurrentUrl();
        String number = jdbc.queryForObject("SELECT order_number FROM sales_order WHERE source = 'PRIVATE'"
                + " AND status = 'BELUM_BAYAR'", String.class);

        // the link now opens the order
        driver.get(url("p/" + link.token()));
        wait.until(d -> d.getCurrentUrl().equals(orderPage));
        waitForText(number);

        // staff see it in List Order, filtered to source Private
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.get(url("orders?sumber=private"));
        signIn("admin", "rahasia-admin-123");
        wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().contains(number)));
    }

    @Test
    void an_expired_link_shows_the_expiry_page_with_the_stores_whatsapp() {
        Product kopi = data.product("Kopi Gayo Arabika", 85_000, 10);
        PrivateLinkRow link = as("cs", "CS", () -> links.create(PrivateLinks.of(kopi, 1, 70_000).validDays(1).build()));
        clock.advance(Duration.ofDays(2));
        driver.manage().window().setSize(new Dimension(390, 844));

        driver.get(url("p/" + link.token()));

        waitForText("Link pesanan sudah kedaluwarsa");
        assertThat(driver.findElement(By.id("whatsapp")).getAttribute("href")).startsWith("https://wa.me/62");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isZero();
    }

    private void fill(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
