package id.orderan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class ListOrderTabsAndSearchBrowserTest extends BrowserTest {

    @Test
    void staff_switch_tabs_and_find_an_order_by_a_phone_number_typed_the_local_way() {
        Customer siti = data.customer().name("Siti Nurhaliza").phone("+62 812-3456-7890").create();
        Customer budi = data.customer().name("Budi Santoso").phone("0857-1111-2222").create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        SalesOrder sitiOrder = data.order(siti, OrderSource.MANUAL, kopi, 1);
        SalesOrder budiOrder = data.order(budi, OrderSource.FORM, kopi, 2);
        SalesOrder done = data.order(budi, OrderSource.FORM, kopi, 3);
        data.forceStatus(done, OrderStatus.SUKSES, "");

        driver.get(url("orders"));
        signIn("admin", "rahasia-admin-123");
        waitForRows(sitiOrder.getOrderNumber(), budiOrder.getOrderNumber());

        driver.findElement(By.id("tab-sukses")).click();
        wait.until(ExpectedConditions.urlContains("tab=sukses"));
        waitForRows(done.getOrderNumber());
        assertThat(gridText()).doesNotContain(sitiOrder.getOrderNumber());

        driver.findElement(By.id("tab-semua")).click();
        WebElement search = driver.findElement(By.cssSelector("#order-search input"));
        search.sendKeys("0812 3456 7890"); // no Enter: the box searches as you type
        wait.until(d -> gridText().contains(sitiOrder.getOrderNumber()) && !gridText().contains(budiOrder.getOrderNumber()));
        assertThat(driver.getCurrentUrl()).contains("q=0812");

        driver.navigate().refresh(); // a tablet refresh keeps the view
        waitForRows(sitiOrder.getOrderNumber());
        assertThat(gridText()).doesNotContain(budiOrder.getOrderNumber());
    }

    private void waitForRows(String... orderNumbers) {
        wait.until(d -> List.of(orderNumbers).stream().allMatch(n -> gridText().contains(n)));
    }

    /** The grid re-renders while it loads: a stale cell just means "look again". */
    private String gridText() {
        try {
            return driver.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText)
                    .reduce("", (a, b) -> a + "\n" + b);
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        }
    }
}
