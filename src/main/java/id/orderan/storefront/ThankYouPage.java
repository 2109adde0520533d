package id.orderan.storefront;

import java.util.List;

/**
 * The thank-you page after an order form ({@code /o/{token}/terima-kasih}), reached by the order's
 * buyer token like the order page (decision 0137).
 *
 * @param transfer the amount to transfer with the kode unik emphasised
 * @param shippingToConfirm the form's ongkir is confirmed by the admin: the total is without it
 * @param whatsAppUrl wa.me to the store with the order number and total prefilled; "" when the store has no number
 * @param whatsAppFirst the form sends the buyer to WhatsApp: that button is the primary action
 */
public record ThankYouPage(String storeName, String orderNumber, BuyerPage.Transfer transfer, String grandTotal,
        boolean shippingToConfirm, List<BuyerPage.Bank> banks, String whatsAppUrl, boolean whatsAppFirst) {

    public ThankYouPage {
        banks = List.copyOf(banks);
    }
}
