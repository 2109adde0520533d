package id.orderan.customer;

import org.jspecify.annotations.Nullable;

/**
 * The Pelanggan list's search and filter. {@code text}: name or city words (word starts), a
 * WhatsApp number in any form (08…, 62…, +62…, a prefix is enough), or an email (with its {@code @}).
 */
public record CustomerFilter(String text, @Nullable CustomerCategory category) {

    public static final CustomerFilter ALL = new CustomerFilter("", null);
}
