package id.orderan.e2e;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.order.Courier;
import id.orderan.payment.PaymentConfirmation;
import id.orderan.payment.PaymentService;
import id.orderan.shipping.ResiCommand;
import id.orderan.shipping.ShippingService;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import id.orderan.storefront.OrderFormService;
import id.orderan.support.OrderForms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 acceptance, the buyer's side on a phone (390×844) in real Chromium: order through a form
 * with the live total → thank-you page with the amount → confirmation with a proof image on the order
 * page → paid → resi → courier, resi and tracking link. Staff's steps (approve, resi) go through the
 * services here; their screens have their own browser tests.
 */
class OrderFormBrowserTest extends BrowserTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H'};

    @Autowired
    OrderFormService forms;

    @Autowired
    StoreService store;

    @Autowired
    PaymentService payments;

    @Autowired
    ShippingService shipping;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_buyer_orders_through_a_form_on_a_phone_confirms_the_payment_and_follows_the_parcel() throws Exception {
        asAdmin(() -> store.save(new StoreProfile("Toko Kopi Rina", "Jl. Kaliurang 5", "0812-1111-2222", "",
                List.of(new StoreProfile.BankAccount("BCA", "1234567890", "Rina")), "", "100x150", null, null,
                store.profile().version())));
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        OrderForms.form().slug("promo-kopi").title("Promo Kopi").product(kopi).flat(Courier.JNE, "REG", 18_000)
                .uniqueCode().save(forms);
        driver.manage().window().setSize(new Dimension(390, 844));

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
        Map<String, Object> order = jdbc.queryForMap(
                "SELECT order_number, source, status, grand_total, unique_code FROM sales_order");
        assertThat(order.get("source")).isEqualTo("FORM");
        assertThat(order.get("status")).isEqualTo("BELUM_BAYAR");
        long total = ((Number) order.get("grand_total")).longValue();
        assertThat(total).isEqualTo(188_000 + ((Number) order.get("unique_code")).intValue());
        assertThat(driver.findElement(By.id("transfer")).getText().replace(".", "").replace(" ", ""))
                .isEqualTo("Rp" + total);
        assertThat(driver.findElement(By.id("order-number")).getText()).isEqualTo(order.get("order_number"));

        click("order-page");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("toAccount")));
        js("document.getElementById('toAccount').value = 'BCA 1234567890';"
                + "document.getElementById('transferDate').value = new Date().toISOString().slice(0, 10);");
        fill("bank", "BRI");
        fill("accountHolder", "Rina Kartika");
        fill("amount", Long.toString(total));
        Path proof = Files.createTempFile("bukti", ".png");
        Files.write(proof, PNG);
        driver.findElement(By.id("proof")).sendKeys(proof.toString());
        clickCss("#konfirmasi button[type=submit]");
        waitForText("Konfirmasi terkirim, kami cek segera");
        assertThat(jdbc.queryForObject("SELECT status FROM sales_order", String.class)).isEqualTo("KONFIRMASI");

        long orderId = jdbc.queryForObject("SELECT id FROM sales_order", Long.class);
        PaymentConfirmation pending = as("cs", "CS", () -> payments.pendingConfirmation(orderId)).orElseThrow();
        as("cs", "CS", () -> payments.approve(pending.getId(), pending.getVersion()));
        driver.navigate().refresh();
        waitForText("Pesanan diproses");

        as("gudang", "GUDANG", () -> shipping.enterResi(new ResiCommand((String) order.get("order_number"),
                Courier.JNE, "REG", "JNE0123456789", true)));
        driver.navigate().refresh();
        waitForText("JNE0123456789");
        assertThat(driver.findElement(By.linkText("Lacak paket")).getAttribute("href")).contains("JNE0123456789");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("JNE", "REG");
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
