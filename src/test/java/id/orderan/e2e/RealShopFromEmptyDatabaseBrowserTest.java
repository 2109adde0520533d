package id.orderan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.security.AppUser;
import id.orderan.security.IssuedPassword;
import id.orderan.security.UserService;
import id.orderan.support.TestData;
import id.orderan.support.TestUsers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10's acceptance path on a database without demo data, everything typed and clicked in the
 * browser: the admin's generated password, the forced change, a product with opening stock, a
 * customer through the area picker, a CS account; then the CS user's own first sign-in and an order
 * whose stock movement shows in the product's history.
 */
class RealShopFromEmptyDatabaseBrowserTest extends BrowserTest {

    private static final String ADMIN_PASSWORD = "rahasia-admin-123"; // application-test.properties

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers testUsers;

    @AfterEach
    void giveAdminItsTestPasswordBack() {
        // other tests sign in as admin with the configured password: reset, then set it as admin would
        AppUser admin = users.findByUsername("admin").orElseThrow();
        IssuedPassword issued = TestData.asAdmin(() -> users.resetPassword(admin.getId(), admin.getVersion()));
        TestData.as("admin", "ADMIN", () -> {
            users.changeOwnPassword(issued.password(), ADMIN_PASSWORD);
            return null;
        });
        testUsers.onlyTheFirstAdmin();
    }

    @Test
    void an_admin_sets_up_a_shop_and_a_new_cs_user_sells_from_it() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class)).isZero();
        String generated = generatedAdminPassword();

        // 1. the admin signs in with the generated password and is made to change it first
        driver.get(url("orders"));
        signIn("admin", generated);
        wait.until(ExpectedConditions.urlContains("settings/password"));
        changePassword(generated, "Pemilik-Toko-2026!");
        wait.until(ExpectedConditions.urlMatches(".*/(orders)?$"));
        waitForText("Mulai");

        // 2. a product with an opening stock
        driver.get(url("products"));
        click("product-add");
        type("product-sku", "KOPI-GAYO-250");
        type("product-name", "Kopi Gayo Arabika 250 g");
        type("product-price", "85000");
        type("product-weight", "250");
        type("product-opening-stock", "40");
        click("product-save");
        waitForText("KOPI-GAYO-250");

        // 3. a customer whose address comes from the area picker
        driver.get(url("customers"));
        click("customer-add");
        type("customer-name", "Siti Nurhaliza");
        type("customer-phone", "0812-3456-7890");
        pickIn(By.cssSelector("#customer-address vaadin-combo-box input"), "caturtunggal", "Caturtunggal");
        click("customer-save");
        waitForText("Siti Nurhaliza");
        var address = jdbc.queryForMap("SELECT village, district, city, province FROM customer WHERE name = 'Siti Nurhaliza'");
        assertThat(address.get("village")).isEqualTo("Caturtunggal");
        assertThat(address.get("district")).isEqualTo("Depok");
        assertThat((String) address.get("city")).contains("Sleman");
        assertThat((String) address.get("province")).containsIgnoringCase("Yogyakarta");

        // 4. a CS account with a one-time password
        driver.get(url("settings/users"));
        click("add-user");
        type("new-username", "siska");
        type("new-display-name", "Siska (CS)");
        click("create-user");
        String siskaPassword = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password")))
                .getText().trim();
        assertThat(siskaPassword).hasSizeGreaterThanOrEqualTo(10);
        click("close-one-time");
        click("logout");
        wait.until(ExpectedConditions.urlContains("/login"));

        // 5. the CS user signs in, changes the generated password, and takes an order
        signIn("siska", siskaPassword);
        wait.until(ExpectedConditions.urlContains("settings/password"));
        changePassword(siskaPassword, "Siska-Jualan-2026");
        wait.until(ExpectedConditions.urlMatches(".*/(orders)?$"));
        driver.get(url("orders/new"));
        pick("order-customer", "Siti", "Siti Nurhaliza");
        pick("line-product-0", "Kopi", "Kopi Gayo Arabika");
        type("line-quantity-0", "3");
        click("order-save");
        wait.until(ExpectedConditions.urlMatches(".*/orders/INV-\\d{4}-\\d{5}$"));
        String number = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(jdbc.queryForObject("SELECT updated_by FROM sales_order WHERE order_number = ?", String.class, number))
                .isEqualTo("siska");

        // 6. the product's stock history shows the order's movement
        driver.get(url("products"));
        wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().contains("KOPI-GAYO-250")));
        driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().contains("KOPI-GAYO-250")).findFirst().orElseThrow().click();
        wait.withTimeout(Duration.ofSeconds(20)).until(d -> gridTexts().stream().anyMatch(t -> t.contains(number)));
        assertThat(jdbc.queryForList("SELECT CONCAT(reason, ' ', quantity, ' ', stock_after) FROM stock_movement m"
                + " JOIN product p ON p.id = m.product_id WHERE p.sku = 'KOPI-GAYO-250' ORDER BY m.id", String.class))
                .containsExactly("STOK_MASUK 40 40", "ORDER -3 37");
    }

    private String generatedAdminPassword() {
        AppUser admin = users.findByUsername("admin").orElseThrow();
        return TestData.asAdmin(() -> users.resetPassword(admin.getId(), admin.getVersion())).password();
    }

    private void changePassword(String current, String fresh) {
        type("current-password", current);
        type("new-password", fresh);
        type("repeat-password", fresh);
        click("save-password");
    }

    private List<String> gridTexts() {
        return driver.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(c -> c.getText()).toList();
    }
}
