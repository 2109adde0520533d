package id.orderan.storefront;

import id.orderan.base.Address;
import id.orderan.order.BuyerPlacement;
import id.orderan.order.OrderSource;
import org.jspecify.annotations.Nullable;

/**
 * A private link confirmed by the buyer, as the order service places it: every amount from the link,
 * only the ship-to and the note from the buyer; the key is the link's, so the link is one order.
 */
final class LinkPlacement {

    private LinkPlacement() {}

    /** Derived from the link's id, not its token: the secret is not copied into the orders table. */
    static String key(PrivateLink link) {
        return "private-link:" + link.getId();
    }

    static BuyerPlacement of(PrivateLink link, ShipToForm form, int maxNote) {
        var address = new Address(form.street(), form.village(), form.district(), form.city(), form.province(),
                form.postalCode(), null).trimmed();
        return new BuyerPlacement(key(link), OrderSource.PRIVATE, form.name().strip(), form.phone(), null, address,
                link.getLines().stream().map(l -> new BuyerPlacement.Line(l.productId(), l.quantity(), l.unitPrice()))
                        .toList(),
                link.getDiscount(), link.getShippingCost(), link.getOtherFee(), link.getUniqueCode(), link.getCourier(),
                link.getCourierService(), note(link.getNote(), form.note(), maxNote), null, false);
    }

    /** The staff's note stays the order's note; the buyer's follows, marked as theirs. */
    private static @Nullable String note(@Nullable String staff, String buyer, int max) {
        String buyerNote = buyer.isBlank() ? null : "Catatan pembeli: " + buyer.strip();
        String joined = staff == null ? buyerNote : buyerNote == null ? staff : staff + "\n" + buyerNote;
        return joined == null || joined.length() <= max ? joined : joined.substring(0, max);
    }
}
