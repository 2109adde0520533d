package id.orderan.base.dataio;

/** What an import does with a row whose key (SKU, WhatsApp number…) already exists: the user's choice. */
public enum MatchMode {
    UPDATE_EXISTING,
    SKIP_EXISTING
}
