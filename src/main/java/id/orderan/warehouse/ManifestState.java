package id.orderan.warehouse;

import id.orderan.base.Labelled;

/** A manifest takes parcels while OPEN; CLOSED once the courier driver signed for them. */
public enum ManifestState implements Labelled {
    OPEN,
    CLOSED;

    @Override
    public String labelKey() {
        return "handover.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
