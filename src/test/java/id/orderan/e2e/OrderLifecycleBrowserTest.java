package id.orderan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** On a tablet-sized screen: a manual order from Tambah Order through DP, full payment, resi and delivery. */
class OrderLifecycleBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_manual_order_walks_from_belum_bayar_to_sukses_on_a_tablet() {
        Customer siti = data.customer().name("Siti Nurhaliza").phone("0812-3456-7890").create();
        Product kopi = data.product("Kopi Gayo Arabika", 85_000, 10);
        driver.manage().window().setSize(new Dimension(1024, 768));

        driver.get(url("orders/new"));
        signIn("admin", "rahasia-admin-123");
        pick("order-customer", "Siti", "Siti Nurhaliza");
        pick("line-product-0", "Kopi", "Kopi Gayo Arabika");
        type("line-quantity-0", "2");
        type("order-shipping", "18000");
        click("order-save");

        wait.until(ExpectedConditions.urlMatches(".*/orders/INV-\\d{4}-\\d{5}$"));
        String number = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        waitForText("Belum Bayar");
        assertThat(jdbc.queryForObject("SELECT grand_total FROM sales_order WHERE order_number = ?", Long.class, number))
                .isEqualTo(188_000);

        click("detail-payment");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-radio-group[@id='payment-kind']//vaadin-radio-button[contains(., 'DP')]"))).click();
        type("payment-amount", "50000");
        click("payment-save");
        waitForStatus(number, "DOWN_PAYMENT");

        click("detail-payment");
        wait.until(d -> "138.000".equals(value("payment-amount"))); // the rest, grouped as sellers write it
        click("payment-save");
        waitForStatus(number, "SEDANG_DIPROSES");

        click("detail-resi");
        pick("resi-courier", "JNE", "JNE");
        type("resi-number", "jn 1234 5678 90");
        click("resi-save");
        waitForStatus(number, "PROSES_PENGIRIMAN");

        click("detail-delivered");
        waitForStatus(number, "SUKSES");

        driver.get(url("orders?tab=sukses"));
        wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().contains(number)));
        assertThat(jdbc.queryForObject("SELECT resi FROM shipment s JOIN sales_order o ON o.id = s.order_id "
                + "WHERE o.order_number = ?", String.class, number)).isEqualTo("JN1234567890");
        assertThat(data.stock(kopi)).isEqualTo(8);
    }

    private void waitForStatus(String number, String status) {
        wait.withTimeout(Duration.ofSeconds(20)).until(d -> status.equals(jdbc.queryForObject(
                "SELECT status FROM sales_order WHERE order_number = ?", String.class, number)));
    }
}
