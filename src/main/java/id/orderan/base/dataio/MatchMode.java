package id.orderan.base.dataio;

import id.orderan.base.Labelled;

/** What an import does with a row whose key (SKU, WhatsApp number…) already exists: the user's choice. */
public enum MatchMode implements Labelled {
    UPDATE_EXISTING,
    SKIP_EXISTING;

    @Override
    public String labelKey() {
        return this == UPDATE_EXISTING ? "import.mode.update" : "import.mode.skip";
    }
}
