package id.orderan.storefront;

import id.orderan.order.Courier;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a buyer tracks a parcel: a URL template per courier with a {@code {resi}} placeholder.
 * <strong>The defaults are unverified</strong>: they follow the couriers' public tracking pages as
 * far as we know them (2026-11) and may change without notice; couriers without a public page by resi
 * (GoSend, GrabExpress) get none, "Lainnya" the cekresi.com aggregator. Admin editing comes later
 * (issue 13); until then a wrong template is a one-line change here.
 */
public final class TrackingLinks {

    static final Map<Courier, String> DEFAULTS = new EnumMap<>(Courier.class);

    static {
        DEFAULTS.put(Courier.JNE, "https://www.jne.co.id/tracking-package?awb={resi}");
        DEFAULTS.put(Courier.JNT, "https://jet.co.id/track?awb={resi}");
        DEFAULTS.put(Courier.SICEPAT, "https://www.sicepat.com/checkAwb?awb={resi}");
        DEFAULTS.put(Courier.ANTERAJA, "https://anteraja.id/tracking?awb={resi}");
        DEFAULTS.put(Courier.POS, "https://www.posindonesia.co.id/id/tracking?resi={resi}");
        DEFAULTS.put(Courier.NINJA, "https://www.ninjaxpress.co/id-id/tracking?id={resi}");
        DEFAULTS.put(Courier.IDEXPRESS, "https://idexpress.com/lacak-paket/?resi={resi}");
        DEFAULTS.put(Courier.SAP, "https://www.sap-express.id/lacak?resi={resi}");
        DEFAULTS.put(Courier.LION, "https://lionparcel.com/track/stt?q={resi}");
        DEFAULTS.put(Courier.WAHANA, "https://www.wahana.com/lacak?resi={resi}");
        DEFAULTS.put(Courier.TIKI, "https://www.tiki.id/id/track?awb={resi}");
        DEFAULTS.put(Courier.LAINNYA, "https://cekresi.com/?noresi={resi}");
    }

    private TrackingLinks() {}

    /** The tracking address for this resi, the resi URL-encoded; empty when the courier has no page. */
    public static Optional<String> of(Courier courier, String resi) {
        return Optional.ofNullable(DEFAULTS.get(courier))
                .map(template -> template.replace("{resi}", URLEncoder.encode(resi.strip(), StandardCharsets.UTF_8)));
    }
}
