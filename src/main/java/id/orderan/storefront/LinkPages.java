package id.orderan.storefront;

import id.orderan.base.JakartaTime;
import id.orderan.base.Rupiah;
import id.orderan.customer.PhoneNumber;
import id.orderan.followup.WhatsAppLink;
import id.orderan.order.DiscountUnit;
import id.orderan.order.Pricing;
import id.orderan.store.StoreProfile;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a private link shows the buyer (in buyer words, formatted) and what its form starts with. */
final class LinkPages {

    private LinkPages() {}

    /** @param courierName the link's courier as the courier list names it (null: none chosen) */
    static PrivateLinkPage page(PrivateLink link, StoreProfile profile, @Nullable String courierName) {
        List<BuyerPage.Item> items = link.getLines().stream().map(l -> new BuyerPage.Item(l.productName(),
                l.quantity(), Rupiah.format(l.unitPrice()), Rupiah.format(Pricing.lineTotal(l.unitPrice(),
                        l.quantity())))).toList();
        Pricing.Totals totals = totals(link.getLines(), link.getDiscount(), link.getShippingCost(), link.getOtherFee(),
                link.getUniqueCode());
        List<BuyerPage.Amount> amounts = new ArrayList<>();
        amounts.add(new BuyerPage.Amount("Subtotal", Rupiah.format(totals.subtotal())));
        if (totals.discount() > 0) {
            amounts.add(new BuyerPage.Amount("Diskon", Rupiah.format(-totals.discount())));
        }
        if (totals.shippingCost() > 0) {
            amounts.add(new BuyerPage.Amount("Ongkos kirim", Rupiah.format(totals.shippingCost())));
        }
        if (totals.otherFee() > 0) {
            amounts.add(new BuyerPage.Amount("Biaya lain", Rupiah.format(totals.otherFee())));
        }
        if (totals.uniqueCode() > 0) {
            amounts.add(new BuyerPage.Amount("Kode unik", Rupiah.format(totals.uniqueCode())));
        }
        String courier = courierName == null ? null
                : link.getCourierService() == null ? courierName : courierName + " " + link.getCourierService();
        return new PrivateLinkPage(profile.name(), profile.phone(), items, amounts, Rupiah.format(totals.grandTotal()),
                StorefrontService.transfer(totals.grandTotal(), link.getUniqueCode()),
                JakartaTime.format(link.getExpiresAt()), courier);
    }

    static ShipToForm prefill(PrivateLink link) {
        var a = link.getAddress();
        return new ShipToForm(text(link.getRecipientName()),
                link.getRecipientPhone() == null ? "" : PhoneNumber.display(link.getRecipientPhone()),
                text(a.street()), text(a.village()), text(a.district()), text(a.city()), text(a.province()),
                text(a.postalCode()), "");
    }

    static Pricing.Totals totals(List<PrivateLinkLine> lines, long discount, long shippingCost, long otherFee,
            int uniqueCode) {
        return Pricing.of(lines.stream().map(l -> new Pricing.Line(l.unitPrice(), l.quantity())).toList(), discount,
                DiscountUnit.RP, shippingCost, 0, otherFee, uniqueCode);
    }

    /** {@code wa.me} to the store asking for a new link; null without a valid store phone. */
    static @Nullable String storeWhatsApp(StoreProfile profile) {
        if (PhoneNumber.normalize(profile.phone()).isEmpty()) {
            return null;
        }
        return WhatsAppLink.of(profile.phone(), "Halo " + profile.name()
                + ", link pesanan saya sudah tidak berlaku. Mohon dikirim link yang baru.");
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
