package id.orderan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

class LoginAndListOrderBrowserTest extends BrowserTest {

    @Test
    void a_wrong_password_is_explained_in_indonesian_and_the_right_one_opens_list_order() {
        Customer siti = data.customer().name("Siti Nurhaliza").create();
        Product kopi = data.product("Kopi Gayo", 1_250_000);
        SalesOrder order = data.order(siti, OrderSource.MANUAL, kopi, 1);

        driver.get(url("orders"));
        wait.until(ExpectedConditions.urlContains("/login"));

        signIn("admin", "salah-sandi");
        wait.until(ExpectedConditions.urlContains("error"));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const f = document.querySelector('vaadin-login-form'); return f != null && f.error === true;")));
        assertThat(visibleTextIncludingShadowDom()).contains("Nama pengguna atau kata sandi salah");

        signIn("admin", "rahasia-admin-123");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
        wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().contains(order.getOrderNumber())));

        String gridText = driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(cell -> cell.getText()).reduce("", (a, b) -> a + "\n" + b);
        assertThat(gridText).contains(order.getOrderNumber(), "Siti Nurhaliza", "Rp 1.250.000", "Belum Bayar",
                "Kopi Gayo ×1");
        assertThat(driver.getTitle()).contains("List Order");
    }

    /** Vaadin components render their texts inside shadow roots, which innerText does not enter. */
    private String visibleTextIncludingShadowDom() {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const collect = (node) => {
                  let text = '';
                  for (const child of (node.shadowRoot ? [node.shadowRoot, ...node.childNodes] : node.childNodes)) {
                    if (child.nodeType === Node.TEXT_NODE) { text += child.textContent + ' '; }
                    else { text += collect(child); }
                  }
                  return text;
                };
                return collect(document.body);""");
    }
}
