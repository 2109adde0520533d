package id.orderan.storefront;

import id.orderan.base.Rupiah;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an order form costs for what the buyer chose, computed on the server from the form's settings
 * and the catalog ({@link FormPricing}); nothing the browser sends as a price is read. {@code total}
 * is without the kode unik (drawn when the order is placed); with "ongkir dikonfirmasi admin" it is
 * also without shipping ({@code shippingToConfirm}).
 *
 * @param errors Indonesian messages by field name ({@code qty}, {@code ongkir}); empty when orderable
 */
public record FormQuote(List<Line> lines, long subtotal, long shippingCost, boolean shippingToConfirm,
        OrderFormSettings.@Nullable Shipping shipping, long total, Map<String, String> errors) {

    public record Line(long productId, String name, int quantity, long unitPrice, long total) {

        public String totalText() {
            return Rupiah.format(total);
        }
    }

    public String totalText() {
        return Rupiah.format(total);
    }

    public String shippingText() {
        return Rupiah.format(shippingCost);
    }

    public FormQuote {
        lines = List.copyOf(lines);
        errors = Map.copyOf(errors);
    }
}
