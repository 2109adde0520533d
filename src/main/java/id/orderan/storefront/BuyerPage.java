package id.orderan.storefront;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything {@code templates/storefront/order.html} shows, already in buyer words and formatted
 * (Indonesian, Asia/Jakarta). Built from {@code BuyerOrder} (nothing more of the order) and the
 * store's public profile.
 *
 * @param transfer the amount to transfer split so the kode unik digits can be emphasised, or null
 *     when nothing is to be transferred now (paid, cancelled, COD)
 */
public record BuyerPage(String storeName, String storePhone, String orderNumber, String statusWords,
        String statusTone, List<Step> timeline, List<Item> items, List<Amount> amounts, String grandTotal,
        String amountPaid, String remaining, boolean paid, boolean cod, @Nullable Transfer transfer,
        List<Bank> banks, String recipientName, String shipTo, @Nullable String chosenCourier,
        @Nullable Parcel parcel) {

    public record Step(String label, @Nullable String when, boolean done) {}

    public record Item(String name, int quantity, String unitPrice, String total) {}

    public record Amount(String label, String value) {}

    /** {@code Rp 185.} + {@code 123}: {@code emphasis} is the kode unik part (empty without one). */
    public record Transfer(String plain, String emphasis, String digitsOnly, boolean hasUniqueCode) {}

    public record Bank(String bank, String number, String holder) {}

    public record Parcel(String courier, @Nullable String service, String resi, @Nullable String trackingUrl,
            @Nullable String shippedAt) {}
}
