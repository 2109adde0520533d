package id.orderan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An admin rewrites the WhatsApp reminder, then works through the WhatsApp queue for two unpaid orders. */
class FollowUpBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_rewritten_template_reaches_the_buyer_through_the_whatsapp_queue() {
        Customer siti = data.customer().name("Siti Nurhaliza").phone("0812-3456-7890").create();
        Customer budi = data.customer().name("Budi Santoso").phone("0813-9876-5432").create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        SalesOrder first = data.order(siti, OrderSource.FORM, kopi, 2);
        SalesOrder second = data.order(budi, OrderSource.MANUAL, kopi, 1);

        driver.get(url("settings/follow-up-templates"));
        signIn("admin", "rahasia-admin-123");
        WebElement body = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#template-body textarea")));
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        body.sendKeys("Kak {nma}, order {order_id} ditunggu");
        wait.until(d -> Boolean.TRUE.equals(js("return document.querySelector('#template-body').invalid")));
        assertThat((String) js("return document.querySelector('#template-body').errorMessage")).contains("{nma}");

        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        body.sendKeys("Kak {nama}, order {order_id} sebesar {total} ditunggu ya");
        wait.until(d -> d.findElement(By.id("template-preview")).getText()
                .equals("Kak Siti Nurhaliza, order INV-2611-00042 sebesar Rp 185.000 ditunggu ya"));
        click("template-save");
        wait.until(d -> jdbc.queryForObject("SELECT COUNT(*) FROM follow_up_template WHERE channel = 'WHATSAPP'"
                + " AND stage = 'FU_1'", Integer.class) == 1);

        driver.get(url("orders"));
        wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().contains(first.getOrderNumber())));
        js("document.querySelectorAll('vaadin-grid-cell-content vaadin-checkbox')"
                + ".forEach(c => { if (c.getAttribute('aria-label') !== 'Select All' && !c.checked) c.click(); })");
        click("bulk-whatsapp");

        // newest first: Budi's order, then Siti's
        String link = waitForQueueLink(second.getOrderNumber());
        assertThat(link).startsWith("https://wa.me/6281398765432?text=");
        assertThat(URLDecoder.decode(link.substring(link.indexOf("text=") + 5), StandardCharsets.UTF_8))
                .isEqualTo("Kak Budi Santoso, order " + second.getOrderNumber() + " sebesar Rp 85.000 ditunggu ya");
        String queueWindow = driver.getWindowHandle();
        click("queue-open");
        wait.until(d -> d.getWindowHandles().size() == 2);
        driver.switchTo().window(queueWindow);

        assertThat(waitForQueueLink(first.getOrderNumber())).startsWith("https://wa.me/6281234567890?text=Kak%20Siti");
        click("queue-open");
        wait.until(d -> jdbc.queryForObject("SELECT COUNT(*) FROM follow_up WHERE channel = 'WHATSAPP'",
                Integer.class) == 2);
        driver.switchTo().window(queueWindow);
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("2 chat dibuka, 0 dilewati."));
        assertThat(jdbc.queryForList("SELECT message FROM follow_up ORDER BY id", String.class)).containsExactly(
                "Kak Budi Santoso, order " + second.getOrderNumber() + " sebesar Rp 85.000 ditunggu ya",
                "Kak Siti Nurhaliza, order " + first.getOrderNumber() + " sebesar Rp 170.000 ditunggu ya");
    }

    /** The queue's real link, once it points at this order. */
    private String waitForQueueLink(String orderNumber) {
        String encoded = java.net.URLEncoder.encode(orderNumber, StandardCharsets.UTF_8);
        wait.until(d -> {
            Object href = js("const a = document.querySelector('#queue-open'); return a ? a.href : null;");
            return href != null && href.toString().contains(encoded);
        });
        return (String) js("return document.querySelector('#queue-open').href");
    }
}
