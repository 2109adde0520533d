package id.orderan.storefront;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything {@code templates/storefront/private-link.html} shows, formatted in buyer words: the
 * store, the lines at the prices staff fixed, the charges and the total (kode unik included), until
 * when the link is valid. No ids, no staff names, no staff note.
 */
public record PrivateLinkPage(String storeName, String storePhone, List<BuyerPage.Item> items,
        List<BuyerPage.Amount> amounts, String grandTotal, BuyerPage.Transfer transfer, String expiresAt,
        @Nullable String courier) {

    public PrivateLinkPage {
        items = List.copyOf(items);
        amounts = List.copyOf(amounts);
    }
}
