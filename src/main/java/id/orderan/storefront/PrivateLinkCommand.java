package id.orderan.storefront;

import id.orderan.base.Address;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What staff fix in a private link. Prices are the customer's (a reseller price, say), decided by staff
 * and kept as they are; the buyer only adds the ship-to. The recipient is optional and only prefills
 * the buyer's form (and names the WhatsApp number to send the link to).
 *
 * @param validDays 1–14; {@link #DEFAULT_DAYS} when staff do not choose (decision 0142)
 */
public record PrivateLinkCommand(
        @Nullable String recipientName,
        @Nullable String recipientPhone,
        Address address,
        List<Line> lines,
        long discount,
        long shippingCost,
        long otherFee,
        int uniqueCode,
        @Nullable String courier,
        @Nullable String courierService,
        @Nullable String note,
        int validDays) {

    public static final int DEFAULT_DAYS = 3;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 14;

    /** One product at the price staff fixed. */
    public record Line(long productId, int quantity, long unitPrice) {}

    public PrivateLinkCommand {
        lines = List.copyOf(lines);
    }
}
