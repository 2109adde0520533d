package id.orderan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.order.Courier;
import id.orderan.order.Pricing;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Issue 13 §1: the order form's amounts, computed on the server from the form's settings and the catalog. */
class FormPricingTest {

    private static final FormPricing.Offered KOPI = new FormPricing.Offered(1, "Kopi Gayo", 85_000, 10, true);
    private static final FormPricing.Offered TEH = new FormPricing.Offered(2, "Teh Tubruk", 20_000, 5, true);
    private static final FormPricing.Offered HABIS = new FormPricing.Offered(3, "Gula Aren", 30_000, 0, true);
    private static final Map<Long, FormPricing.Offered> CATALOG = Map.of(1L, KOPI, 2L, TEH, 3L, HABIS);

    @Test
    void a_form_price_replaces_the_catalog_price_and_a_product_without_one_costs_the_catalog_price() {
        var form = form(ShippingRule.FREE, List.of(), new OrderFormSettings.Product(1, 75_000L),
                new OrderFormSettings.Product(2, null));

        FormQuote quote = FormPricing.quote(form, CATALOG, Map.of(1L, 2, 2L, 3), null, null);

        assertThat(quote.errors()).isEmpty();
        assertThat(quote.lines()).extracting(FormQuote.Line::unitPrice).containsExactly(75_000L, 20_000L);
        assertThat(quote.subtotal()).isEqualTo(2 * 75_000 + 3 * 20_000);
        assertThat(quote.shippingCost()).isZero();
        assertThat(quote.total()).isEqualTo(210_000);
    }

    @Test
    void free_shipping_costs_nothing_and_needs_no_courier() {
        FormQuote quote = FormPricing.quote(form(ShippingRule.FREE, List.of(), kopi()), CATALOG, Map.of(1L, 1), null,
                null);

        assertThat(quote.errors()).isEmpty();
        assertThat(quote.shipping()).isNull();
        assertThat(quote.total()).isEqualTo(85_000);
        assertThat(quote.shippingToConfirm()).isFalse();
    }

    @Test
    void flat_shipping_adds_the_chosen_courier_services_cost() {
        var form = form(ShippingRule.FLAT, List.of(row(null, Courier.JNE, "REG", 18_000), row(null, Courier.SICEPAT,
                "BEST", 25_000)), kopi());

        FormQuote quote = FormPricing.quote(form, CATALOG, Map.of(1L, 1), 1, null);

        assertThat(quote.errors()).isEmpty();
        assertThat(quote.shippingCost()).isEqualTo(25_000);
        assertThat(quote.shipping()).isNotNull().extracting(OrderFormSettings.Shipping::courier).isEqualTo(Courier.SICEPAT);
        assertThat(quote.total()).isEqualTo(110_000);
    }

    @Test
    void flat_shipping_without_a_choice_or_with_an_unknown_one_is_an_error() {
        var form = form(ShippingRule.FLAT, List.of(row(null, Courier.JNE, "REG", 18_000)), kopi());

        assertThat(FormPricing.quote(form, CATALOG, Map.of(1L, 1), null, null).errors()).containsKey("ongkir");
        assertThat(FormPricing.quote(form, CATALOG, Map.of(1L, 1), 7, null).errors()).containsKey("ongkir");
    }

    @Test
    void the_province_table_charges_the_buyers_province_row_whatever_way_the_province_is_written() {
        var form = form(ShippingRule.PROVINCE, List.of(row("DI Yogyakarta", Courier.JNE, "REG", 10_000),
                row("Jawa Barat", Courier.JNE, "REG", 20_000), row(null, Courier.JNE, "REG", 45_000)), kopi());

        assertThat(FormPricing.quote(form, CATALOG, Map.of(1L, 1), 0, "Daerah Istimewa Yogyakarta").shippingCost())
                .isEqualTo(10_000);
        assertThat(FormPricing.quote(form, CATALOG, Map.of(1L, 1), 1, "jawa barat").shippingCost()).isEqualTo(20_000);
        // a province without its own row takes the "other provinces" row
        assertThat(FormPricing.quote(form, CATALOG, Map.of(1L, 1), 2, "Papua").shippingCost()).isEqualTo(45_000);
    }

    @Test
    void the_province_table_refuses_a_row_of_another_province() {
        var form = form(ShippingRule.PROVINCE, List.of(row("DI Yogyakarta", Courier.JNE, "REG", 10_000),
                row(null, Courier.JNE, "REG", 45_000)), kopi());

        FormQuote cheaperRow = FormPricing.quote(form, CATALOG, Map.of(1L, 1), 0, "Papua");
        FormQuote otherRowForOwnProvince = FormPricing.quote(form, CATALOG, Map.of(1L, 1), 1, "DI Yogyakarta");

        assertThat(cheaperRow.errors()).containsKey("ongkir");
        assertThat(cheaperRow.shippingCost()).isZero();
        assertThat(otherRowForOwnProvince.errors()).containsKey("ongkir");
    }

    @Test
    void ongkir_confirmed_by_the_admin_is_not_charged_and_the_quote_says_so() {
        var form = form(ShippingRule.CONFIRM, List.of(row(null, Courier.JNE, "REG", 18_000)), kopi());

        FormQuote quote = FormPricing.quote(form, CATALOG, Map.of(1L, 2), 0, null);

        assertThat(quote.errors()).isEmpty();
        assertThat(quote.shippingToConfirm()).isTrue();
        assertThat(quote.shippingCost()).isZero();
        assertThat(quote.total()).isEqualTo(170_000);
    }

    @Test
    void a_sold_out_product_or_more_than_the_stock_or_nothing_chosen_cannot_be_ordered() {
        var form = form(ShippingRule.FREE, List.of(), kopi(), new OrderFormSettings.Product(3, null));

        FormQuote soldOut = FormPricing.quote(form, CATALOG, Map.of(3L, 1), null, null);
        FormQuote tooMany = FormPricing.quote(form, CATALOG, Map.of(1L, 11), null, null);
        FormQuote nothing = FormPricing.quote(form, CATALOG, Map.of(), null, null);

        assertThat(soldOut.errors().get("qty")).contains("Gula Aren", "habis");
        assertThat(soldOut.lines()).isEmpty();
        assertThat(tooMany.errors().get("qty")).contains("tinggal 10");
        assertThat(nothing.errors().get("qty")).isEqualTo("Pilih minimal satu produk.");
    }

    @Test
    void a_product_not_on_the_form_is_ignored_whatever_the_browser_posts() {
        FormQuote quote = FormPricing.quote(form(ShippingRule.FREE, List.of(), kopi()), CATALOG, Map.of(1L, 1, 2L, 5),
                null, null);

        assertThat(quote.lines()).extracting(FormQuote.Line::productId).containsExactly(1L);
        assertThat(quote.total()).isEqualTo(85_000);
    }

    @Test
    void the_kode_unik_is_always_between_1_and_999_and_uses_the_whole_range() {
        var codes = IntStream.range(0, 20_000).map(i -> Pricing.newUniqueCode()).boxed().toList();

        assertThat(codes).allSatisfy(code -> assertThat(code).isBetween(1, 999));
        assertThat(codes.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThan(10);
        assertThat(codes.stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(990);
    }

    private static OrderFormSettings.Product kopi() {
        return new OrderFormSettings.Product(1, null);
    }

    private static OrderFormSettings.Shipping row(@Nullable String province, Courier courier, String service,
            long cost) {
        return new OrderFormSettings.Shipping(province, courier, service, cost);
    }

    private static OrderFormSettings form(ShippingRule rule, List<OrderFormSettings.Shipping> shipping,
            OrderFormSettings.Product... products) {
        return new OrderFormSettings(1L, "promo", "Promo", "", true, List.of(products), true, rule, shipping, false,
                List.of(), AfterOrder.THANK_YOU, 0);
    }
}
