package id.orderan.warehouse;

/** A manifest takes parcels while OPEN; CLOSED once the courier driver signed for them. */
public enum ManifestState {
    OPEN,
    CLOSED;

    public String labelKey() {
        return "handover.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
