package id.orderan.storefront;

import id.orderan.order.Pricing;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The order form's price rule (decision 0135), pure arithmetic so it is tested without a database:
 * each product at its form price or else its catalog price, the ongkir of the chosen shipping row
 * (flat, or the buyer's province row, or the "other provinces" row), none for free shipping, and none
 * yet when the admin confirms ongkir. The same rule answers the "Hitung total" button and the order.
 */
final class FormPricing {

    /** What the catalog says about one offered product right now. */
    record Offered(long id, String name, long catalogPrice, int stock, boolean active) {

        boolean soldOut() {
            return !active || stock <= 0;
        }
    }

    static final int MAX_QUANTITY = 999;

    private FormPricing() {}

    /** The unit price the buyer pays: the form's price when set, else the catalog's. */
    static long unitPrice(OrderFormSettings.Product product, Offered offered) {
        return product.formPrice() != null ? product.formPrice() : offered.catalogPrice();
    }

    /**
     * @param quantities requested quantity per product id (missing or 0: not ordered)
     * @param shippingChoice the index of the chosen shipping row, or null when none was chosen
     */
    static FormQuote quote(OrderFormSettings form, Map<Long, Offered> catalog, Map<Long, Integer> quantities,
            @Nullable Integer shippingChoice, @Nullable String province) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<FormQuote.Line> lines = new ArrayList<>();
        for (OrderFormSettings.Product product : form.products()) {
            int quantity = quantities.getOrDefault(product.productId(), 0);
            Offered offered = catalog.get(product.productId());
            if (quantity <= 0 || offered == null) {
                continue;
            }
            if (offered.soldOut()) {
                errors.put("qty", offered.name() + " sudah habis. Silakan pilih produk lain.");
                continue;
            }
            if (quantity > offered.stock()) {
                errors.put("qty", "Stok " + offered.name() + " tinggal " + offered.stock() + ".");
                continue;
            }
            if (quantity > MAX_QUANTITY) {
                errors.put("qty", "Jumlah paling banyak " + MAX_QUANTITY + ".");
                continue;
            }
            long unitPrice = unitPrice(product, offered);
            lines.add(new FormQuote.Line(product.productId(), offered.name(), quantity, unitPrice,
                    Pricing.lineTotal(unitPrice, quantity)));
        }
        if (lines.isEmpty() && !errors.containsKey("qty")) {
            errors.put("qty", "Pilih minimal satu produk.");
        }
        long subtotal = Pricing.subtotal(lines.stream().map(l -> new Pricing.Line(l.unitPrice(), l.quantity())).toList());
        OrderFormSettings.Shipping shipping = null;
        if (form.shippingRule().hasRows() && !form.shipping().isEmpty()) {
            if (shippingChoice == null || shippingChoice < 0 || shippingChoice >= form.shipping().size()) {
                errors.put("ongkir", "Pilih kurir pengiriman.");
            } else {
                shipping = form.shipping().get(shippingChoice);
                if (form.shippingRule() == ShippingRule.PROVINCE && !serves(form, shippingChoice, province)) {
                    errors.put("ongkir", "Pilihan ongkir ini bukan untuk provinsi " + (province == null ? "Anda"
                            : province.strip()) + ". Silakan pilih yang sesuai.");
                    shipping = null;
                }
            }
        }
        long shippingCost = shipping != null && form.shippingRule().charged() ? shipping.cost() : 0;
        long total = Pricing.totals(subtotal, 0, shippingCost, 0, 0, 0).grandTotal();
        return new FormQuote(lines, subtotal, shippingCost, form.shippingRule() == ShippingRule.CONFIRM, shipping,
                total, errors);
    }

    /**
     * Whether the province table's row {@code index} applies to the buyer's province: its own province,
     * or the "every other province" row (no province) when no row names the buyer's.
     */
    static boolean serves(OrderFormSettings form, int index, @Nullable String province) {
        String buyer = province == null ? "" : plainProvince(province);
        String row = form.shipping().get(index).province();
        if (row != null) {
            return !buyer.isEmpty() && plainProvince(row).equals(buyer);
        }
        return form.shipping().stream().noneMatch(s -> s.province() != null && plainProvince(s.province()).equals(buyer));
    }

    /** "Daerah Istimewa Yogyakarta", "DI Yogyakarta", "Prov. D.I. Yogyakarta" → "di yogyakarta". */
    static String plainProvince(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace(".", "").replaceAll("\\s+", " ").strip()
                .replaceFirst("^(provinsi|prov) ", "");
        return switch (text) {
            case "daerah istimewa yogyakarta", "diy" -> "di yogyakarta";
            case "daerah khusus ibukota jakarta", "dki", "jakarta" -> "dki jakarta";
            default -> text;
        };
    }
}
