package id.orderan.storefront;

import org.jspecify.annotations.Nullable;

/**
 * The buyer's "Konfirmasi pembayaran" form as typed, strings as sent (so an invalid form comes back
 * with the buyer's values). {@code proof} holds at most {@link StorefrontService#PROOF_READ_LIMIT}
 * bytes: the controller stops reading there, so a larger file is known too large without being kept.
 */
public record ConfirmationForm(String key, String toAccount, String bank, String accountHolder, String amount,
        String transferDate, String proofName, byte @Nullable [] proof) {

    public static ConfirmationForm empty(String key) {
        return new ConfirmationForm(key, "", "", "", "", "", "", null);
    }
}
