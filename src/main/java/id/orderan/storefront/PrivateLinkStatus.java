package id.orderan.storefront;

import id.orderan.base.Labelled;
import java.util.Locale;

/** Where a private link stands; derived from its dates, never stored (expiry needs no job). */
public enum PrivateLinkStatus implements Labelled {
    AKTIF,
    DIPAKAI,
    KEDALUWARSA,
    DIBATALKAN;

    @Override
    public String labelKey() {
        return "private-link.status." + name().toLowerCase(Locale.ROOT);
    }
}
