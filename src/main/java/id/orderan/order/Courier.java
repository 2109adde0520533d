package id.orderan.order;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A courier of the shop's courier list (Pengaturan › Kurir): its {@link #code()} is what orders,
 * shipments and order forms store, its {@link #label()} the name as printed on labels and screens.
 * Immutable, equal by code. The 14 built-in couriers are constants so code and tests can name them;
 * admins add others (Paxel, Lalamove, …) as rows of the {@code courier} table, read through
 * {@link CourierService}. A code no longer in the table still displays, as its code.
 *
 * @see <a href="../../../../../../docs/decisions/0160-courier-list-table.md">0160</a>
 */
public final class Courier {

    /** A–Z, 0–9 and underscore, up to 30 characters: safe in files, URLs and ids. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,30}");

    public static final Courier JNE = new Courier("JNE", "JNE");
    public static final Courier JNT = new Courier("JNT", "J&T Express");
    public static final Courier SICEPAT = new Courier("SICEPAT", "SiCepat");
    public static final Courier ANTERAJA = new Courier("ANTERAJA", "AnterAja");
    public static final Courier POS = new Courier("POS", "POS Indonesia");
    public static final Courier NINJA = new Courier("NINJA", "Ninja Xpress");
    public static final Courier IDEXPRESS = new Courier("IDEXPRESS", "ID Express");
    public static final Courier SAP = new Courier("SAP", "SAP Express");
    public static final Courier LION = new Courier("LION", "Lion Parcel");
    public static final Courier WAHANA = new Courier("WAHANA", "Wahana");
    public static final Courier TIKI = new Courier("TIKI", "TIKI");
    public static final Courier GOSEND = new Courier("GOSEND", "GoSend");
    public static final Courier GRAB = new Courier("GRAB", "GrabExpress");
    public static final Courier LAINNYA = new Courier("LAINNYA", "Lainnya");

    /** The couriers the product ships with (seeded by changeset order-007-courier), in list order. */
    public static final List<Courier> BUILT_IN = List.of(JNE, JNT, SICEPAT, ANTERAJA, POS, NINJA, IDEXPRESS, SAP,
            LION, WAHANA, TIKI, GOSEND, GRAB, LAINNYA);

    private final String code;
    private final String label;

    private Courier(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** A courier as the list names it. */
    public static Courier of(String code, String name) {
        return new Courier(Objects.requireNonNull(code), name.isBlank() ? code : name);
    }

    /**
     * The courier for a stored code when the list is not at hand: a built-in constant, else the code
     * itself as its name (an old order's courier that is no longer in the list still displays).
     */
    public static Courier stored(String code) {
        return builtIn(code).orElseGet(() -> new Courier(code, code));
    }

    static java.util.Optional<Courier> builtIn(@Nullable String code) {
        return BUILT_IN.stream().filter(c -> c.code.equals(code)).findFirst();
    }

    /** What orders, shipments and files store for this courier (the key of the courier list). */
    public String code() {
        return code;
    }

    /** The courier's name as printed on labels and shown on screen. */
    public String label() {
        return label;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Courier that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
