package id.orderan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.security.Role;
import id.orderan.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, defect 13 in a real browser: a typed path that matches no page and a page of another role
 * say so in Indonesian inside the app, with the way back (client-side routing is only real here).
 */
class ErrorPagesBrowserTest extends BrowserTest {

    @Autowired
    TestUsers users;

    @Test
    void a_signed_in_user_typing_a_path_that_matches_no_page_sees_halaman_tidak_ditemukan() {
        users.ensure("cs-salah-ketik", "teh-manis-hangat", Role.CS);
        driver.get(url("orders"));
        signIn("cs-salah-ketik", "teh-manis-hangat");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));

        driver.get(url("tidak-ada/sama-sekali"));

        waitForText("Halaman tidak ditemukan");
        assertThat(driver.findElement(By.id("error-back")).getText()).isEqualTo("Kembali ke List Order");
        assertThat(driver.findElements(By.tagName("vaadin-side-nav"))).as("inside the app's layout").isNotEmpty();

        driver.findElement(By.id("error-back")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
    }

    @Test
    void the_warehouse_opening_tambah_order_by_its_address_is_told_it_has_no_access() {
        users.ensure("gudang-penasaran", "teh-manis-hangat", Role.GUDANG);
        driver.get(url("orders"));
        signIn("gudang-penasaran", "teh-manis-hangat");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));

        driver.get(url("orders/new"));

        waitForText("Anda tidak punya akses ke halaman ini");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Tambah Order", "Simpan");
    }
}
