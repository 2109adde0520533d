package id.orderan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.payment.PaymentService;
import id.orderan.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 11, defect 3, in a real browser: the address typed into Edit Order of a paid order is the one saved. */
class OrderEditBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PaymentService payments;

    @Test
    void the_street_typed_into_a_paid_orders_ship_to_is_saved_and_shown_on_the_timeline() {
        Customer siti = data.customer().name("Siti Nurhaliza").create();
        Product kopi = data.product("Kopi Gayo Arabika", 85_000, 10);
        SalesOrder order = data.order(siti, OrderSource.MANUAL, kopi, 1);
        TestData.as("admin", "ADMIN", () -> payments.markPaid(order.getOrderNumber(), "CASH"));

        driver.get(url("orders/" + order.getOrderNumber() + "/edit"));
        signIn("admin", "rahasia-admin-123");
        WebElement street = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='order-ship-to']"
                + "//vaadin-text-field[.//label[contains(., 'Alamat (jalan')]]//input")));
        js("arguments[0].scrollIntoView({block: 'center'});", street);
        street.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        street.sendKeys("Jl. Dago 77", Keys.TAB);
        click("order-save");

        wait.until(ExpectedConditions.urlMatches(".*/orders/" + order.getOrderNumber() + "$"));
        assertThat(jdbc.queryForObject("SELECT ship_street FROM sales_order WHERE id = ?", String.class, order.getId()))
                .isEqualTo("Jl. Dago 77");
        waitForText("Alamat kirim: Jl. Melati No. 12");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("→ Jl. Dago 77, Kec. Coblong");
    }
}
