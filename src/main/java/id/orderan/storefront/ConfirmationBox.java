package id.orderan.storefront;

import org.jspecify.annotations.Nullable;

/**
 * The confirmation part of the buyer's page: {@code open} while the buyer may confirm (unpaid, not
 * COD, none waiting), {@code pending} while one waits for staff, and the reason of the last rejection.
 */
public record ConfirmationBox(boolean open, boolean pending, @Nullable String rejection) {

    static final ConfirmationBox CLOSED = new ConfirmationBox(false, false, null);
}
