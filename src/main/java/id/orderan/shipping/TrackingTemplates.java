package id.orderan.shipping;

import id.orderan.base.BusinessException;
import id.orderan.order.Courier;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Where a buyer tracks a parcel: a URL template per courier with a {@code {resi}} placeholder, the one
 * an admin saved (Pengaturan › Kurir) or else the built-in default. <strong>The defaults are
 * unverified</strong>: they follow the couriers' public tracking pages as far as we know them (2026-11)
 * and may change without notice; couriers without a public page by resi (GoSend, GrabExpress) get
 * none, "Lainnya" the cekresi.com aggregator. Package-private: {@link ShippingService} is the boundary.
 *
 * @see <a href="../../../../../../docs/decisions/0151-courier-tracking-templates.md">0151</a>
 */
@Component
class TrackingTemplates {

    static final String PLACEHOLDER = "{resi}";
    static final int MAX_LENGTH = 500;
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

    private final CourierTrackingRepository rows;

    TrackingTemplates(CourierTrackingRepository rows) {
        this.rows = rows;
    }

    /** Every courier, in the order of the courier list, saved or default. */
    List<TrackingTemplate> all() {
        Map<Courier, TrackingTemplate> saved = new EnumMap<>(Courier.class);
        rows.findAll().forEach(row -> saved.put(row.courier, row.toTemplate()));
        return Arrays.stream(Courier.values()).map(c -> saved.getOrDefault(c, builtIn(c))).toList();
    }

    TrackingTemplate get(Courier courier) {
        return rows.findByCourier(courier).map(CourierTracking::toTemplate).orElseGet(() -> builtIn(courier));
    }

    /** The tracking address for this resi, the resi URL-encoded; empty when the courier has no link. */
    Optional<String> url(Courier courier, String resi) {
        return Optional.ofNullable(get(courier).template()).map(template -> fill(template, resi));
    }

    static String fill(String template, String resi) {
        return template.replace(PLACEHOLDER, URLEncoder.encode(resi.strip(), StandardCharsets.UTF_8));
    }

    static TrackingTemplate builtIn(Courier courier) {
        return new TrackingTemplate(courier, DEFAULTS.get(courier), true, TrackingTemplate.DEFAULT_VERSION, null,
                null);
    }

    TrackingTemplate save(TrackingTemplateCommand command, String actor, Instant now) {
        String template = validated(command.template());
        CourierTracking row = current(command.courier(), command.version()).orElseGet(CourierTracking::new);
        row.courier = command.courier();
        row.urlTemplate = template;
        row.updatedBy = actor;
        row.updatedAt = now;
        try {
            return rows.saveAndFlush(row).toTemplate();
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // another admin saved this courier between our read and our write
            throw new BusinessException("error.courier-tracking.changed", "?");
        }
    }

    /** Back to the built-in default (no row). */
    TrackingTemplate reset(Courier courier, long version) {
        current(courier, version).ifPresent(row -> {
            rows.delete(row);
            rows.flush();
        });
        return builtIn(courier);
    }

    /** The row the admin loaded, refused when someone saved or reset it since. */
    private Optional<CourierTracking> current(Courier courier, long version) {
        Optional<CourierTracking> existing = rows.findByCourier(courier);
        long current = existing.map(r -> r.version).orElse(TrackingTemplate.DEFAULT_VERSION);
        if (current != version) {
            throw new BusinessException("error.courier-tracking.changed", existing.map(r -> r.updatedBy).orElse("?"));
        }
        return existing;
    }

    /**
     * A complete https address with {@code {resi}} and no other placeholder; blank means no link. Only
     * https: the link is opened from the buyer's page and must not downgrade it or run script.
     */
    static @Nullable String validated(String typed) {
        String template = typed.strip();
        if (template.isEmpty()) {
            return null;
        }
        if (template.length() > MAX_LENGTH) {
            throw new BusinessException("error.courier-tracking.too-long", MAX_LENGTH);
        }
        String rest = template.replace(PLACEHOLDER, "");
        if (!template.contains(PLACEHOLDER) || rest.contains("{") || rest.contains("}")) {
            throw new BusinessException("error.courier-tracking.placeholder");
        }
        try {
            URI uri = new URI(fill(template, "JNE0123456789"));
            if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null || uri.getHost().isBlank() || uri.getUserInfo() != null) {
                throw new BusinessException("error.courier-tracking.https");
            }
        } catch (URISyntaxException e) {
            throw new BusinessException("error.courier-tracking.https");
        }
        return template;
    }
}
