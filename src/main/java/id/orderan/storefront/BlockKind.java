package id.orderan.storefront;

import id.orderan.base.Labelled;
import java.util.Locale;

/** What a block-list entry matches: a WhatsApp number (exactly, normalised) or part of an address. */
public enum BlockKind implements Labelled {
    PHONE,
    ADDRESS;

    @Override
    public String labelKey() {
        return "antispam.block.kind." + name().toLowerCase(Locale.ROOT);
    }
}
