package id.orderan.e2e;

import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.order.Courier;
import id.orderan.security.Role;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import id.orderan.storefront.OrderFormService;
import id.orderan.support.OrderForms;
import id.orderan.support.Pictures;
import id.orderan.support.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 acceptance, both sides in real Chromium: a buyer on a phone (390×844) orders through a
 * form while staff have List Order open on a desktop (1366×900) in a second browser. Staff see the
 * order arrive and turn Konfirmasi live (no reload), check the proof in the confirmation popup and
 * approve; the warehouse enters the resi from the order detail; the buyer's page follows each step.
 * The database is read only for what the buyer is told to transfer.
 */
class OrderFormBrowserTest extends BrowserTest {

    /** Live List Order pushes within about a second; this leaves room for a busy 2-core machine. */
    private static final Duration LIVE = Duration.ofSeconds(10);
    private static final String RESI = "JNE0123456789";

    @Autowired
    OrderFormService forms;

    @Autowired
    StoreService store;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_buyer_orders_through_a_form_on_a_phone_while_staff_follow_it_live_approve_and_ship_it() throws Exception {
        asAdmin(() -> store.save(new StoreProfile("Toko Kopi Rina", "Jl. Kaliurang 5", "0812-1111-2222", "",
                List.of(new StoreProfile.BankAccount("BCA", "1234567890", "Rina")), "", "100x150", null, null,
                store.profile().version())));
        users.ensure("gudang-e2e", "gudang-rahasia-e2e-1", Role.GUDANG);
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        OrderForms.form().slug("promo-kopi").title("Promo Kopi").product(kopi).flat(Courier.JNE, "REG", 18_000)
                .uniqueCode().save(forms);
        WebDriver phone = driver;
        phone.manage().window().setSize(new Dimension(390, 844));
        WebDriver staff = openAnotherBrowser();

        // staff: List Order of form orders, open before anyone orders (the page is never reloaded after)
        actIn(staff);
        driver.get(url("orders?sumber=form"));
        signIn("admin", "rahasia-admin-123");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
        markPage();

        actIn(phone);
        long total = orderTwoCoffeesThroughTheForm(kopi);
        String number = driver.findElement(By.id("order-number")).getText();

        actIn(staff);
        String row = waitForLiveRow(number, "Belum Bayar"); // in a list filtered to source Form
        assertThat(row).contains("Rina Kartika", "Rp 188.");

        actIn(phone);
        click("order-page");
        confirmPaymentWithProof(total);

        actIn(staff);
        waitForLiveRow(number, "Konfirmasi");
        approveAfterSeeingTheProof(number);

        actIn(phone);
        refreshUntilPageShows("Pesanan diproses");

        actIn(staff);
        enterResiAsWarehouse(number);

        actIn(phone);
        refreshUntilPageShows(RESI);
        assertThat(driver.findElement(By.id("resi")).getText()).isEqualTo(RESI);
        assertThat(driver.findElement(By.linkText("Lacak paket")).getAttribute("href")).contains(RESI);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("JNE", "REG");
    }

    /** On the phone: the form with its live total, then the thank-you page; returns the amount to transfer. */
    private long orderTwoCoffeesThroughTheForm(Product kopi) {
        driver.get(url("f/promo-kopi"));
        fill("qty_" + kopi.getId(), "2");
        wait.until(ExpectedConditions.textToBe(By.id("total"), "Rp 170.000"));
        clickCss("input[name=ongkir][value='0']");
        wait.until(ExpectedConditions.textToBe(By.id("total"), "Rp 188.000"));
        assertThat(driver.findElement(By.id("hitung")).isDisplayed()).as("with JavaScript the total is live").isFalse();
        fill("name", "Rina Kartika");
        fill("phone", "0812-7777-1234");
        fill("street", "Jl. Melati No. 7");
        fill("village", "Caturtunggal");
        fill("district", "Depok");
        fill("city", "Kab. Sleman");
        fill("province", "DI Yogyakarta");
        fill("postalCode", "55281");
        click("submit");

        waitForText("Terima kasih, pesanan Anda sudah kami terima");
        // the kode unik is random: the order's own row says which one this buyer got
        Map<String, Object> order = jdbc.queryForMap("SELECT grand_total, unique_code FROM sales_order");
        long total = ((Number) order.get("grand_total")).longValue();
        assertThat(total).isEqualTo(188_000 + ((Number) order.get("unique_code")).intValue());
        assertThat(driver.findElement(By.id("transfer")).getText().replace(".", "").replace(" ", ""))
                .isEqualTo("Rp" + total);
        return total;
    }

    /** On the buyer's order page: the confirmation form with a real (decodable) PNG as proof. */
    private void confirmPaymentWithProof(long total) throws Exception {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("toAccount")));
        js("document.getElementById('toAccount').value = 'BCA 1234567890';"
                + "document.getElementById('transferDate').value = new Date().toISOString().slice(0, 10);");
        fill("bank", "BRI");
        fill("accountHolder", "Rina Kartika");
        fill("amount", Long.toString(total));
        Path proof = Files.createTempFile("bukti", ".png");
        Files.write(proof, Pictures.of(120, 80, "png"));
        driver.findElement(By.id("proof")).sendKeys(proof.toString());
        clickCss("#konfirmasi button[type=submit]");
        waitForText("Konfirmasi terkirim, kami cek segera");
        Files.delete(proof);
    }

    /**
     * In the open List Order: the row's Konfirmasi badge opens the confirmation popup, which must show
     * the buyer's proof as a loaded picture before staff approve; the row then moves on live.
     */
    private void approveAfterSeeingTheProof(String number) {
        WebElement badge = wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content"
                        + " .orderan-badge[role=button]")).stream()
                .filter(b -> b.getText().equals("Konfirmasi")).findFirst().orElse(null));
        badge.click();
        WebElement proof = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.orderan-proof")));
        wait.until(d -> ((Number) js("return arguments[0].complete ? arguments[0].naturalWidth : 0;", proof))
                .intValue() > 0);
        assertThat(((Number) js("return arguments[0].naturalWidth;", proof)).intValue())
                .as("the proof is the buyer's 120 px picture, decoded").isEqualTo(120);
        click("confirm-approve");
        waitForLiveRow(number, "Sedang Diproses");
    }

    /**
     * The warehouse at the same desk: a fresh session (cookies gone), signed in as GUDANG, enters the
     * resi from the order detail; the courier and service come from the order.
     */
    private void enterResiAsWarehouse(String number) {
        driver.manage().deleteAllCookies();
        driver.get(url("orders/" + number));
        signIn("gudang-e2e", "gudang-rahasia-e2e-1");
        click("detail-resi");
        type("resi-number", RESI);
        click("resi-save");
        // the dialog closes on success; a refusal shows as an error notification instead
        wait.until(d -> d.findElements(By.id("resi-number")).isEmpty()
                || !notifications().isBlank());
        assertThat(notifications()).as("the warehouse's resi is accepted (GUDANG may ship)")
                .doesNotContain("tidak memiliki akses");
        waitForText("Proses Pengiriman");
    }

    private String notifications() {
        return (String) js("return [...document.querySelectorAll('vaadin-notification-card')]"
                + ".map(card => card.textContent).join(' ');");
    }

    /** Waits, without reloading, for List Order's row of this order to show the status; returns the row. */
    private String waitForLiveRow(String number, String status) {
        String row = new WebDriverWait(driver, LIVE).until(d -> {
            String line = gridRow(number);
            return line.contains(status) ? line : null;
        });
        assertThat(pageWasNotReloaded()).as("List Order updated itself, it was not reloaded").isTrue();
        return row;
    }

    /** The buyer's page is server-rendered: the buyer refreshes it (a few times while staff's change commits). */
    private void refreshUntilPageShows(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(500)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.tagName("body")).getText().contains(text);
        });
    }

    private void fill(String id, String text) {
        var field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        js("arguments[0].scrollIntoView({block: 'center'});", field);
        field.clear();
        field.sendKeys(text);
    }

    private void clickCss(String css) {
        var element = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }
}
