package id.orderan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.Courier;
import id.orderan.order.SalesOrder;
import id.orderan.security.Role;
import id.orderan.support.TestUsers;
import id.orderan.support.WarehouseOrders;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 acceptance, the first step, in a real Chromium as a warehouse user on a tablet in both
 * orientations: sign-in lands on Gudang, a picklist for 3 orders sums by SKU in rack order, and no
 * screen needs horizontal scrolling.
 */
class GudangPicklistBrowserTest extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    WarehouseOrders warehouse;

    @Test
    void gudang_builds_a_picklist_for_three_orders_on_a_tablet_in_both_orientations() {
        Customer buyer = warehouse.buyer();
        Product kaos = warehouse.product("KAOS-M", "Kaos Polos M", "B-10", "8990001");
        Product topi = warehouse.product("TOPI-01", "Topi Rajut", "A-2", null);
        SalesOrder first = warehouse.paid(buyer, Courier.JNE.code(), false, lines(kaos, 2, topi, 1));
        SalesOrder second = warehouse.paid(buyer, Courier.JNE.code(), true, lines(kaos, 3));
        SalesOrder third = warehouse.paid(buyer, Courier.SICEPAT.code(), false, lines(topi, 4));
        users.ensure("gudang-tablet", "gudang-tablet-rahasia-1", Role.GUDANG);
        driver.manage().window().setSize(new Dimension(1024, 768));

        driver.get(url(""));
        signIn("gudang-tablet", "gudang-tablet-rahasia-1");

        wait.until(ExpectedConditions.urlContains("/gudang"));
        wait.until(ExpectedConditions.textToBe(By.id("home-ready-count"), "3"));
        assertNoHorizontalScroll("home at 1024×768");
        driver.manage().window().setSize(new Dimension(768, 1024));
        assertNoHorizontalScroll("home at 768×1024");

        click("warehouse-tab-gudang-picklist");
        for (SalesOrder order : new SalesOrder[] {first, second, third}) {
            // a tap on the order's text ticks it, as a thumb would
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#pick-" + order.getOrderNumber()
                    + " label"))).click();
        }
        wait.until(ExpectedConditions.textToBe(By.id("picklist-selected"), "3 order dipilih"));
        click("picklist-build");

        String topiLine = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("picklist-line-1"))).getText();
        String kaosLine = driver.findElement(By.id("picklist-line-2")).getText();
        assertThat(topiLine).contains("A-2", "TOPI-01", "×5");
        assertThat(kaosLine).contains("B-10", "KAOS-M", "×5");
        assertThat(driver.findElement(By.id("picklist-result")).getText()).doesNotContain("Rp");
        assertNoHorizontalScroll("picklist at 768×1024");
        driver.manage().window().setSize(new Dimension(1024, 768));
        assertNoHorizontalScroll("picklist at 1024×768");

        // and built again in landscape, from a fresh page: the same sums in the same rack order
        driver.navigate().refresh();
        for (SalesOrder order : new SalesOrder[] {first, second, third}) {
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#pick-" + order.getOrderNumber()
                    + " label"))).click();
        }
        wait.until(ExpectedConditions.textToBe(By.id("picklist-selected"), "3 order dipilih"));
        click("picklist-build");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("picklist-line-1"))).getText())
                .contains("A-2", "TOPI-01", "×5");
        assertThat(driver.findElement(By.id("picklist-line-2")).getText()).contains("B-10", "KAOS-M", "×5");
        assertNoHorizontalScroll("picklist built at 1024×768");
    }

    private void assertNoHorizontalScroll(String where) {
        Object overflow = js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as(where).isLessThanOrEqualTo(0);
    }

    private static Map<Product, Integer> lines(Object... productsAndQuantities) {
        Map<Product, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < productsAndQuantities.length; i += 2) {
            lines.put((Product) productsAndQuantities[i], (Integer) productsAndQuantities[i + 1]);
        }
        return lines;
    }
}
