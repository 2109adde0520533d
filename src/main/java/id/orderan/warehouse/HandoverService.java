package id.orderan.warehouse;

import id.orderan.base.BusinessException;
import id.orderan.base.JakartaTime;
import id.orderan.document.HandoverDocuments;
import id.orderan.document.NamedPdf;
import id.orderan.order.Courier;
import id.orderan.order.CourierService;
import id.orderan.order.OrderStatus;
import id.orderan.security.CurrentUser;
import id.orderan.security.Permissions;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serah terima: parcels in Proses Pengiriman are scanned into a manifest for one courier pickup, then
 * the manifest is closed and printed for the driver to sign. The station is for every staff role
 * (ADMIN, CS, GUDANG): handing over changes no order status and shows no money (decision 0181).
 *
 * <p>Each action on a manifest locks its row first, so two tablets or a double click take turns: a
 * parcel is never counted twice and a manifest never closes twice. Opening for a courier who already
 * has an open manifest returns that one (decision 0180).
 *
 * @see <a href="../../../../../../docs/decisions/0180-handover-manifest.md">0180 handover manifest</a>
 * @see <a href="../../../../../../docs/decisions/0181-who-uses-the-handover-and-bulk-delivered.md">0181 roles</a>
 */
@Service
public class HandoverService {

    static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyMMdd").withZone(JakartaTime.ZONE);
    static final int MAX_DRIVER_NAME = 60;

    private final HandoverManifestRepository manifests;
    private final HandoverParcelRepository parcels;
    private final HandoverLookup lookup;
    private final CourierService couriers;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final HandoverDocuments documents;
    private final TransactionTemplate readOnly;
    private final ApplicationEventPublisher publisher;

    HandoverService(HandoverManifestRepository manifests, HandoverParcelRepository parcels, HandoverLookup lookup,
            CourierService couriers, CurrentUser currentUser, Clock clock, HandoverDocuments documents,
            PlatformTransactionManager transactions, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.manifests = manifests;
        this.parcels = parcels;
        this.lookup = lookup;
        this.couriers = couriers;
        this.currentUser = currentUser;
        this.clock = clock;
        this.documents = documents;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The courier's open manifest, or a new one: clicking "Buka" twice never makes two. */
    @Transactional
    @PreAuthorize(Permissions.STAFF)
    public ManifestDetail open(String courierCode) {
        Courier courier = couriers.find(courierCode)
                .orElseThrow(() -> new BusinessException("error.handover.unknown-courier", courierCode));
        HandoverManifest manifest = manifests.findByOpenCourier(courier.code()).orElseGet(() -> {
            String prefix = "SRT-" + NUMBER_DATE.format(clock.instant()) + "-";
            String number = prefix + "%02d".formatted(manifests.countByNumberStartingWith(prefix) + 1);
            try {
                return manifests.saveAndFlush(new HandoverManifest(number, courier.code(), currentUser.actorName(),
                        clock.instant()));
            } catch (DataIntegrityViolationException e) {
                // another tablet opened this courier's manifest, or took today's next number, at the same
                // moment: nothing was made here; opening again finds or numbers it anew
                throw new BusinessException("error.handover.opened-meanwhile", courier.label());
            }
        });
        return detail(manifest, null);
    }

    /**
     * A parcel by its resi or its order number into an open manifest. Refused, changing nothing: an
     * unknown code, an order not in Proses Pengiriman, one without a resi or of another courier, one
     * already in this or another manifest.
     */
    @Transactional
    @PreAuthorize(Permissions.STAFF)
    public ManifestDetail scan(long manifestId, String code) {
        HandoverManifest manifest = lockOpen(manifestId);
        HandoverLookup.Found found = single(code);
        if (found.status() != OrderStatus.PROSES_PENGIRIMAN) {
            throw new BusinessException("error.handover.wrong-status", found.orderNumber(), found.status().labelKey());
        }
        if (found.resi() == null || found.courier() == null) {
            throw new BusinessException("error.handover.no-resi", found.orderNumber());
        }
        if (!found.courier().equals(manifest.getCourier())) {
            throw new BusinessException("error.handover.wrong-courier", found.orderNumber(), label(found.courier()),
                    label(manifest.getCourier()));
        }
        parcels.findByOrderId(found.orderId()).ifPresent(existing -> {
            if (existing.getManifestId() == manifestId) {
                throw new BusinessException("error.handover.already-here", found.orderNumber());
            }
            String other = manifests.findById(existing.getManifestId()).map(HandoverManifest::getNumber).orElse("?");
            throw new BusinessException("error.handover.already-in", found.orderNumber(), other);
        });
        HandoverParcel parcel = parcels.saveAndFlush(new HandoverParcel(manifestId, found.orderId(),
                found.orderNumber(), found.resi(), found.city(), currentUser.actorName(), clock.instant()));
        manifest.parcelAdded();
        return detail(manifest, parcel(parcel));
    }

    /** Takes back a parcel scanned by mistake while the manifest is open. */
    @Transactional
    @PreAuthorize(Permissions.STAFF)
    public ManifestDetail remove(long manifestId, long orderId) {
        HandoverManifest manifest = lockOpen(manifestId);
        parcels.findByManifestIdAndOrderId(manifestId, orderId).ifPresent(parcel -> {
            parcels.delete(parcel);
            parcels.flush();
            manifest.parcelRemoved();
        });
        return detail(manifest, null);
    }

    /**
     * Closes the manifest: the parcels are handed over (on each order's timeline). Closing a closed
     * manifest again (a double click, a second tablet) returns it unchanged.
     *
     * @param driverName the courier driver who signs, printed under the signature line; optional
     */
    @Transactional
    @PreAuthorize(Permissions.STAFF)
    public ManifestDetail close(long manifestId, @Nullable String driverName) {
        HandoverManifest manifest = manifests.lockById(manifestId)
                .orElseThrow(() -> new BusinessException("error.handover.not-found", String.valueOf(manifestId)));
        if (!manifest.isOpen()) {
            return detail(manifest, null);
        }
        if (manifest.getParcelCount() == 0) {
            throw new BusinessException("error.handover.empty", manifest.getNumber());
        }
        String driver = driverName == null || driverName.isBlank() ? null : driverName.trim();
        if (driver != null && driver.length() > MAX_DRIVER_NAME) {
            throw new BusinessException("error.handover.driver-too-long", MAX_DRIVER_NAME);
        }
        manifest.close(currentUser.actorName(), clock.instant(), driver);
        manifests.flush();
        publisher.publishEvent(new ManifestClosed(manifestId, manifest.getNumber(), manifest.getCourier(),
                manifest.getParcelCount()));
        return detail(manifest, null);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.STAFF)
    public ManifestDetail manifest(long manifestId) {
        return detail(manifests.findById(manifestId)
                .orElseThrow(() -> new BusinessException("error.handover.not-found", String.valueOf(manifestId))), null);
    }

    /** The latest manifests, open ones included (carry on scanning), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.STAFF)
    public List<ManifestSummary> recent() {
        return manifests.findTop20ByOrderByIdDesc().stream().map(m -> new ManifestSummary(Objects.requireNonNull(
                m.getId()), m.getNumber(), label(m.getCourier()), m.getState(), m.getParcelCount(), m.getOpenedAt(),
                m.getClosedAt())).toList();
    }

    /**
     * The manifest paper of a closed manifest, rendered again from its stored rows each time (so a
     * reprint is the same paper): read in a short read-only transaction, rendered outside any.
     */
    @PreAuthorize(Permissions.STAFF)
    public NamedPdf manifestPdf(String number, Locale locale) {
        byte[] pdf = documents.manifest(() -> Objects.requireNonNull(readOnly.execute(status -> {
            HandoverManifest manifest = manifests.findByNumber(number)
                    .filter(m -> !m.isOpen())
                    .orElseThrow(() -> new BusinessException("error.handover.not-found", number));
            List<HandoverDocuments.Row> rows = parcels.findByManifestIdOrderByIdDesc(Objects.requireNonNull(
                    manifest.getId())).reversed().stream().map(p -> new HandoverDocuments.Row(p.getResi(),
                    p.getOrderNumber(), p.getRecipientCity())).toList();
            return new HandoverDocuments.Manifest(manifest.getNumber(), label(manifest.getCourier()),
                    Objects.requireNonNull(manifest.getClosedAt()), Objects.requireNonNull(manifest.getClosedBy()),
                    manifest.getDriverName(), rows);
        })), locale);
        return new NamedPdf("manifest-" + number + ".pdf", pdf);
    }

    private HandoverManifest lockOpen(long manifestId) {
        HandoverManifest manifest = manifests.lockById(manifestId)
                .orElseThrow(() -> new BusinessException("error.handover.not-found", String.valueOf(manifestId)));
        if (!manifest.isOpen()) {
            throw new BusinessException("error.handover.closed", manifest.getNumber());
        }
        return manifest;
    }

    private HandoverLookup.Found single(String code) {
        List<HandoverLookup.Found> found = lookup.find(code);
        if (found.isEmpty()) {
            throw new BusinessException("error.handover.unknown", code.trim());
        }
        if (found.size() > 1) {
            throw new BusinessException("error.handover.ambiguous-resi", code.trim());
        }
        return found.getFirst();
    }

    private String label(String courierCode) {
        return couriers.find(courierCode).map(Courier::label).orElse(courierCode);
    }

    private ManifestDetail detail(HandoverManifest m, @Nullable ManifestParcel last) {
        long id = Objects.requireNonNull(m.getId());
        List<ManifestParcel> list = parcels.findByManifestIdOrderByIdDesc(id).stream().map(HandoverService::parcel)
                .toList();
        return new ManifestDetail(id, m.getNumber(), m.getCourier(), label(m.getCourier()), m.getState(),
                m.getParcelCount(), list, m.getOpenedAt(), m.getClosedBy(), m.getClosedAt(), m.getDriverName(),
                m.getVersion(), last);
    }

    private static ManifestParcel parcel(HandoverParcel p) {
        return new ManifestParcel(p.getOrderId(), p.getOrderNumber(), p.getResi(), p.getRecipientCity());
    }
}
