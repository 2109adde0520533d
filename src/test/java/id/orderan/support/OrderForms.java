package id.orderan.support;

import id.orderan.catalog.Product;
import id.orderan.order.Courier;
import id.orderan.storefront.AfterOrder;
import id.orderan.storefront.OrderFormService;
import id.orderan.storefront.OrderFormSettings;
import id.orderan.storefront.ShippingRule;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Test data builder for order forms (Pengaturan › Form Order), saved through the real service as an admin. */
public final class OrderForms {

    private String slug = "promo-" + System.nanoTime();
    private String title = "Promo Kopi";
    private final List<OrderFormSettings.Product> products = new ArrayList<>();
    private boolean chooseQuantity = true;
    private ShippingRule rule = ShippingRule.FLAT;
    private final List<OrderFormSettings.Shipping> shipping = new ArrayList<>();
    private boolean uniqueCode;
    private List<String> banks = List.of();
    private AfterOrder afterOrder = AfterOrder.THANK_YOU;
    private boolean active = true;

    private OrderForms() {}

    public static OrderForms form() {
        return new OrderForms();
    }

    public OrderForms slug(String value) {
        this.slug = value;
        return this;
    }

    public OrderForms title(String value) {
        this.title = value;
        return this;
    }

    public OrderForms product(Product product) {
        return product(product, null);
    }

    public OrderForms product(Product product, @Nullable Long formPrice) {
        products.add(new OrderFormSettings.Product(product.getId(), formPrice));
        return this;
    }

    public OrderForms checkboxes() {
        this.chooseQuantity = false;
        return this;
    }

    public OrderForms free() {
        this.rule = ShippingRule.FREE;
        return this;
    }

    public OrderForms confirmShipping() {
        this.rule = ShippingRule.CONFIRM;
        return this;
    }

    public OrderForms flat(Courier courier, String service, long cost) {
        this.rule = ShippingRule.FLAT;
        shipping.add(new OrderFormSettings.Shipping(null, courier, service, cost));
        return this;
    }

    public OrderForms byProvince(@Nullable String province, Courier courier, String service, long cost) {
        this.rule = ShippingRule.PROVINCE;
        shipping.add(new OrderFormSettings.Shipping(province, courier, service, cost));
        return this;
    }

    public OrderForms uniqueCode() {
        this.uniqueCode = true;
        return this;
    }

    public OrderForms banks(String... accountNumbers) {
        this.banks = List.of(accountNumbers);
        return this;
    }

    public OrderForms whatsApp() {
        this.afterOrder = AfterOrder.WHATSAPP;
        return this;
    }

    public OrderForms inactive() {
        this.active = false;
        return this;
    }

    public OrderFormSettings build() {
        return new OrderFormSettings(null, slug, title, "", active, products, chooseQuantity, rule, shipping,
                uniqueCode, banks, afterOrder, 0);
    }

    public OrderFormSettings save(OrderFormService service) {
        OrderFormSettings settings = build();
        return TestData.asAdmin(() -> service.save(settings));
    }
}
