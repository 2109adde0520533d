package id.orderan.e2e;

import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderService;
import id.orderan.order.SalesOrder;
import id.orderan.order.Courier;
import id.orderan.shipping.ResiCommand;
import id.orderan.shipping.ShippingService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11, defect 9 in Chromium on a tablet-sized screen: a COD order found with the COD filter is
 * packed unpaid (Proses COD from its row), shipped and delivered, and ends Sukses with the courier's
 * COD payment on its timeline; a refused COD parcel goes to Retur and its stock comes back.
 */
class CodBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrderService orders;

    @Autowired
    ShippingService shipping;

    @Test
    void a_cod_order_is_packed_unpaid_delivered_and_paid_on_delivery_and_a_refused_one_comes_back_to_stock() {
        Customer siti = data.customer().name("Siti Nurhaliza").phone("0812-3456-7890").create();
        Product kopi = data.product("Kopi Gayo Arabika", 85_000, 10);
        SalesOrder cod = data.codOrder(siti, kopi, 2); // 2 × 85.000 + 20.000 shipping = Rp 190.000
        driver.manage().window().setSize(new Dimension(1024, 768));

        // List Order, COD filter: the row is marked with what the courier collects
        driver.get(url("orders?cod=1"));
        signIn("admin", "rahasia-admin-123");
        wait.until(d -> cellContaining(cod.getOrderNumber()) != null);
        waitForText("COD Rp 190.000");
        assertThat(js("return document.querySelector('#filter-cod').checked")).isEqualTo(true);

        // Proses COD from the row's Aksi menu: Sedang Diproses without a payment
        WebElement aksi = wait.until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> "Aksi".equals(b.getText().trim())).findFirst().orElse(null));
        js("arguments[0].click();", aksi); // the grid's own layers sit above its slotted cells for WebDriver
        click("action-proses-cod");
        waitForStatus(cod, "SEDANG_DIPROSES");
        assertThat(paid(cod)).isZero();

        // resi and delivery from the order's page
        driver.get(url("orders/" + cod.getOrderNumber()));
        click("detail-resi");
        wait.until(d -> "JNE".equals(value("resi-courier"))); // the courier chosen on the order
        type("resi-number", "jn 1234 5678 90");
        click("resi-save");
        waitForStatus(cod, "PROSES_PENGIRIMAN");
        click("detail-delivered");
        waitForStatus(cod, "SUKSES");

        driver.navigate().refresh();
        waitForText("Pembayaran Lunas Rp 190.000 (COD)");
        assertThat(paid(cod)).isEqualTo(190_000);
        assertThat(jdbc.queryForMap("SELECT method, amount, recorded_by FROM payment WHERE order_id = ?", cod.getId()))
                .isEqualTo(Map.of("method", "COD", "amount", 190_000L, "recorded_by", "admin"));
        assertThat(data.stock(kopi)).isEqualTo(8);

        // a second COD parcel is refused at the door: Retur with the reason, its stock back
        SalesOrder refused = data.codOrder(siti, kopi, 3);
        asAdmin(() -> {
            orders.processCod(refused.getOrderNumber());
            return shipping.enterResi(new ResiCommand(refused.getOrderNumber(), Courier.JNE, "REG", "JN9876543210",
                    false));
        });
        assertThat(data.stock(kopi)).isEqualTo(5);
        driver.get(url("orders/" + refused.getOrderNumber()));
        click("detail-cod-refused");
        click("cod-refused-confirm");
        waitForStatus(refused, "RETUR");

        driver.get(url("orders/retur"));
        wait.until(d -> cellContaining(refused.getOrderNumber()) != null);
        waitForText("COD ditolak");
        assertThat(data.stock(kopi)).isEqualTo(8);
        assertThat(jdbc.queryForList("SELECT reason, quantity FROM stock_movement WHERE order_number = ? ORDER BY id",
                refused.getOrderNumber())).extracting(row -> row.get("reason") + " " + row.get("quantity"))
                .isEqualTo(List.of("ORDER -3", "RETUR 3"));
    }

    private WebElement cellContaining(String text) {
        return driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().contains(text)).findFirst().orElse(null);
    }

    private long paid(SalesOrder order) {
        return jdbc.queryForObject("SELECT amount_paid FROM sales_order WHERE id = ?", Long.class, order.getId());
    }

    private void waitForStatus(SalesOrder order, String status) {
        wait.withTimeout(Duration.ofSeconds(20)).until(d -> status.equals(data.status(order)));
    }
}
