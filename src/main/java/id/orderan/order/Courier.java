package id.orderan.order;

import id.orderan.base.Labelled;
import java.util.Locale;

/**
 * Couriers Indonesian sellers use; {@code label} is the brand as printed on labels, {@link #labelKey()}
 * its name on screen (the same brand, but "Lainnya" is translated). Owned by {@code order}: the order
 * records the courier the buyer chose, and shipping records the one that carried the parcel. Here,
 * the order form lists them without importing shipping (decision 0100).
 */
public enum Courier implements Labelled {
    JNE("JNE"),
    JNT("J&T Express"),
    SICEPAT("SiCepat"),
    ANTERAJA("AnterAja"),
    POS("POS Indonesia"),
    NINJA("Ninja Xpress"),
    IDEXPRESS("ID Express"),
    SAP("SAP Express"),
    LION("Lion Parcel"),
    WAHANA("Wahana"),
    TIKI("TIKI"),
    GOSEND("GoSend"),
    GRAB("GrabExpress"),
    LAINNYA("Lainnya");

    private final String label;

    Courier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What orders, shipments and files store for this courier (the key of the courier list). */
    public String code() {
        return name();
    }

    @Override
    public String labelKey() {
        return "courier." + name().toLowerCase(Locale.ROOT);
    }
}
