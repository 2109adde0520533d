package id.orderan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.order.CreateOrderCommand;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.security.Role;
import id.orderan.support.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12, density and tablets, in a real Chromium: at 1366×768 List Order shows every column
 * (Follow Up and Aksi included) without horizontal scrolling and at least ten rows; at 1024×768 the
 * side navigation is a closed overlay and the filters fold behind a Filter button that counts them.
 */
class ListOrderDensityBrowserTest extends BrowserTest {

    @Autowired
    TestUsers users;

    private SalesOrder newest;

    @BeforeEach
    void aBusyDay() {
        users.ensure("cs-padat", "teh-manis-hangat", Role.CS);
        Product kopi = data.product("Kopi Gayo Arabika Premium 250 gram", 85_000, 5_000);
        Product teh = data.product("Teh Melati Wangi Kemasan Hemat", 12_000, 500);
        Product gula = data.product("Gula Aren Cair Organik", 30_000, 500);
        for (int i = 0; i < 14; i++) {
            Customer buyer = data.customer().name("Siti Nurhaliza Wulandari Putri " + i)
                    .category(i % 2 == 0 ? CustomerCategory.DROPSHIPPER : CustomerCategory.DISTRIBUTOR)
                    .phone("0812-3456-78" + String.format("%02d", i)).create();
            newest = i % 3 == 0 ? data.codOrder(buyer, kopi, 2)
                    : data.order(CreateOrderCommand.simple(buyer.getId(), OrderSource.FORM, List.of(
                            new CreateOrderCommand.Line(kopi.getId(), 12, null),
                            new CreateOrderCommand.Line(teh.getId(), 3, null),
                            new CreateOrderCommand.Line(gula.getId(), 4, null))));
            if (i % 4 == 1) {
                data.forceStatus(newest, OrderStatus.PROSES_PENGIRIMAN, "");
            }
        }
    }

    @Test
    void at_1366_by_768_every_column_and_ten_rows_fit_without_scrolling() {
        viewport(1366, 768);
        driver.get(url("orders"));
        signIn("cs-padat", "teh-manis-hangat");
        wait.until(d -> gridText().contains(newest.getOrderNumber()));

        assertThat(js("return innerWidth + 'x' + innerHeight")).isEqualTo("1366x768");
        assertThat((Boolean) js("return document.querySelector('vaadin-app-layout').drawerOpened"))
                .as("the side navigation stays open on a laptop").isTrue();
        assertThat((Boolean) js("""
                const table = document.querySelector('vaadin-grid').shadowRoot.querySelector('#table');
                return table.scrollWidth <= table.clientWidth
                    && document.scrollingElement.scrollWidth <= innerWidth;"""))
                .as("no horizontal scrolling, in the grid or the page").isTrue();
        @SuppressWarnings("unchecked")
        var header = (Map<String, Object>) js("""
                const cells = [...document.querySelectorAll('vaadin-grid-cell-content')];
                const rect = text => {
                  const cell = cells.find(c => c.textContent.trim() === text);
                  return cell ? cell.getBoundingClientRect().right : -1; };
                return {followUp: rect('Follow Up'), aksi: rect('Action'), width: innerWidth};""");
        assertThat(((Number) header.get("followUp")).doubleValue()).as("Follow Up header in view").isBetween(1.0, 1366.0);
        assertThat(((Number) header.get("aksi")).doubleValue()).as("Aksi header in view").isBetween(1.0, 1366.0);

        // the Aksi buttons of the rows that are on screen, each entirely inside the viewport
        @SuppressWarnings("unchecked")
        var buttons = (List<Map<String, Object>>) js("""
                return [...document.querySelectorAll('vaadin-grid-cell-content vaadin-button')]
                  .filter(b => b.textContent.trim() === 'Aksi')
                  .map(b => b.getBoundingClientRect())
                  .filter(r => r.height > 0 && r.bottom <= innerHeight && r.top >= 0)
                  .map(r => ({left: r.left, right: r.right}));""");
        assertThat(buttons).as("rows whose Aksi button is on screen").hasSizeGreaterThanOrEqualTo(10);
        assertThat(buttons).allSatisfy(rect -> {
            assertThat(((Number) rect.get("left")).doubleValue()).isGreaterThanOrEqualTo(0);
            assertThat(((Number) rect.get("right")).doubleValue()).isLessThanOrEqualTo(1366);
        });
        // one line per cell: rows keep the compact height
        Number rowHeight = (Number) js("""
                const rows = [...document.querySelector('vaadin-grid').shadowRoot.querySelectorAll('#items tr')]
                  .filter(r => !r.hidden && r.getBoundingClientRect().height > 0);
                return Math.max(...rows.map(r => r.getBoundingClientRect().height));""");
        assertThat(rowHeight.doubleValue()).as("the tallest row").isLessThan(40);
    }

    @Test
    void at_1024_by_768_the_navigation_is_a_closed_overlay_and_the_filters_fold_behind_a_counting_button() {
        viewport(1024, 768);
        driver.get(url("orders?tab=proses-pengiriman&kategori=dropshipper&cod=1"));
        signIn("cs-padat", "teh-manis-hangat");
        wait.until(d -> d.findElements(By.id("filter-toggle")).stream().anyMatch(WebElement::isDisplayed));

        assertThat(js("return innerWidth + 'x' + innerHeight")).isEqualTo("1024x768");
        assertThat((Boolean) js("return document.querySelector('vaadin-app-layout').overlay")).isTrue();
        assertThat((Boolean) js("return document.querySelector('vaadin-app-layout').drawerOpened"))
                .as("the drawer starts closed").isFalse();
        wait.until(d -> "2".equals(d.findElement(By.id("filter-count")).getText()));
        assertThat(driver.findElement(By.id("filter-category")).isDisplayed()).as("folded").isFalse();
        assertThat(driver.findElement(By.id("order-search")).isDisplayed()).as("search stays").isTrue();
        @SuppressWarnings("unchecked")
        var tab = (Map<String, Object>) js("""
                const r = document.getElementById('tab-proses-pengiriman').getBoundingClientRect();
                return {left: r.left, right: r.right, selected: document.getElementById('tab-proses-pengiriman').hasAttribute('selected')};""");
        assertThat(tab.get("selected")).isEqualTo(true);
        wait.until(d -> {
            Number right = (Number) js("return document.getElementById('tab-proses-pengiriman').getBoundingClientRect().right");
            return right.doubleValue() <= 1024;
        });

        click("filter-toggle");
        wait.until(d -> d.findElement(By.id("filter-category")).isDisplayed());
        assertThat(driver.findElement(By.id("filter-cod")).isDisplayed()).isTrue();
    }

    /** The page's viewport exactly (a window size would include whatever the browser draws around it). */
    private void viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** The grid re-renders while it loads: a stale cell just means "look again". */
    private String gridText() {
        try {
            return driver.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText)
                    .reduce("", (a, b) -> a + "\n" + b);
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }
}
