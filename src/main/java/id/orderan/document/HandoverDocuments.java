package id.orderan.document;

import id.orderan.base.JakartaTime;
import id.orderan.base.Translations;
import id.orderan.security.Permissions;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The handover manifest (serah terima) as PDF: store, courier, date in Jakarta time, the number of
 * parcels, one row per parcel (resi, order, recipient city) and signature lines for the warehouse and the
 * courier driver. The warehouse feature, above this one, hands the manifest over as a record; as in
 * {@link DocumentService}, it is read inside the render slot by the caller's own short read-only
 * transaction and rendered outside any transaction (decision 0078). No money is printed.
 *
 * @see <a href="../../../../../../docs/decisions/0180-handover-manifest.md">0180 handover manifest</a>
 */
@Service
public class HandoverDocuments {

    /** One parcel line; {@code city} null when the order had none. */
    public record Row(String resi, String orderNumber, @Nullable String city) {}

    /** A closed manifest as stored. */
    public record Manifest(String number, String courier, Instant closedAt, String closedBy,
            @Nullable String driverName, List<Row> rows) {}

    /** What the template prints: formatted values only. */
    public record Page(StoreProfile store, String number, String courier, String date, String closedBy,
            @Nullable String driverName, int count, List<Row> rows) {}

    static final List<String> TEXT_KEYS = List.of("doc.manifest.title", "doc.manifest.number", "doc.manifest.courier",
            "doc.manifest.date", "doc.manifest.count", "doc.manifest.no", "doc.manifest.resi", "doc.manifest.order",
            "doc.manifest.city", "doc.manifest.sign-warehouse", "doc.manifest.sign-courier", "doc.manifest.name");

    private final PdfRenderer renderer;
    private final StoreService store;
    private final Translations translations;

    HandoverDocuments(PdfRenderer renderer, StoreService store, Translations translations) {
        this.renderer = renderer;
        this.store = store;
        this.translations = translations;
    }

    /** @param manifest reads the manifest in its own short read-only transaction (called inside the slot) */
    @PreAuthorize(Permissions.STAFF)
    public byte[] manifest(Supplier<Manifest> manifest, Locale locale) {
        StoreProfile profile = store.profile();
        return renderer.render("handover-manifest", () -> {
            Manifest m = manifest.get();
            Page page = new Page(profile, m.number(), m.courier(), JakartaTime.format(m.closedAt(), locale),
                    m.closedBy(), m.driverName(), m.rows().size(), m.rows());
            return Map.of("manifest", page, "t", TEXT_KEYS.stream().collect(Collectors.toMap(Function.identity(),
                    key -> translations.getTranslation(key, locale))));
        }, locale, profile.logoDataUri());
    }
}
