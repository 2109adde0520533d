package id.orderan.order;

import id.orderan.base.BusinessException;
import id.orderan.security.CurrentUser;
import id.orderan.security.Permissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shop's courier list (Pengaturan › Kurir): every screen that offers a courier (order form, resi,
 * bulk resi, handover) and every document that prints one asks here, and the buyer's tracking link is
 * built here. Owned by {@code order} because the order already records the buyer's courier and the
 * order forms list them without importing shipping. Reads come from an in-memory copy of the table.
 *
 * @see <a href="../../../../../../docs/decisions/0160-courier-list-table.md">0160</a>
 * @see <a href="../../../../../../docs/decisions/0161-courier-tracking-links-in-order.md">0161</a>
 */
@Service
public class CourierService {

    static final int MAX_NAME = 60;
    static final int MAX_SERVICES = 12;
    static final int MAX_SERVICE = 40;

    private final CourierDirectory directory;
    private final CourierRepository rows;
    private final CurrentUser currentUser;
    private final Clock clock;

    CourierService(CourierDirectory directory, CourierRepository rows, CurrentUser currentUser, Clock clock) {
        this.directory = directory;
        this.rows = rows;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The couriers staff and buyers may choose, in list order. */
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<Courier> active() {
        return directory.all().stream().filter(CourierDetails::active).map(CourierDetails::courier).toList();
    }

    /**
     * The couriers a picker offers: the active ones, plus {@code current} (an order's or a form's
     * courier that was deactivated since) so editing it does not silently change the courier.
     */
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<Courier> choices(@Nullable String current) {
        List<Courier> list = new ArrayList<>(active());
        if (current != null && !current.isBlank() && list.stream().noneMatch(c -> c.code().equals(current))) {
            list.add(directory.courier(current));
        }
        return list;
    }

    /** Every courier, active or not, with its services and tracking template, for the admins' list. */
    @PreAuthorize(Permissions.ADMINISTERS)
    public List<CourierDetails> all() {
        return directory.all();
    }

    /** The courier stored under this code, active or not (old orders keep theirs). */
    @PreAuthorize(Permissions.SIGNED_IN)
    public Optional<Courier> find(@Nullable String code) {
        return Optional.ofNullable(code == null ? null : directory.get(code)).map(CourierDetails::courier);
    }

    /**
     * How to show a stored code: the courier's current name, or the code itself once it left the list.
     * No role check: courier names are printed for buyers (labels, the buyer's page, follow-up messages).
     */
    public Courier display(String code) {
        return directory.courier(code);
    }

    /**
     * The active courier a person or a courier's booking file means: its code or its name, ignoring
     * case, spaces and punctuation ("J&T", "jnt", "J&T Express", "sicepat", "pos"), or the start of its
     * name (three letters at least); empty when nothing matches.
     */
    @PreAuthorize(Permissions.SIGNED_IN)
    public Optional<Courier> match(@Nullable String typed) {
        String key = key(typed == null ? "" : typed);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<Courier> active = active();
        return active.stream().filter(c -> key(c.code()).equals(key) || key(c.label()).equals(key)).findFirst()
                .or(() -> key.length() < 3 ? Optional.empty()
                        : active.stream().filter(c -> key(c.label()).startsWith(key)).findFirst());
    }

    /**
     * Whether buyers may still be offered this courier (an order form's shipping row): it is in the list
     * and active. No role check: the public order form asks it, and the answer is public.
     */
    public boolean offered(Courier courier) {
        CourierDetails details = directory.get(courier.code());
        return details != null && details.active();
    }

    /** The courier's services, as suggestions when a resi is entered (REG, YES, …); empty if none. */
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<String> services(Courier courier) {
        CourierDetails details = directory.get(courier.code());
        return details == null ? List.of() : details.services();
    }

    /**
     * The buyer's tracking link for this resi, the resi URL-encoded; empty when the courier has no
     * template (or left the list). No role check: the buyer's page asks it without signing in, after the
     * buyer's token found the order, and the answer is a public address.
     */
    public Optional<String> trackingUrl(Courier courier, @Nullable String resi) {
        CourierDetails details = directory.get(courier.code());
        if (details == null || details.trackingUrlTemplate() == null || resi == null || resi.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(TrackingUrls.fill(details.trackingUrlTemplate(), resi));
    }

    /**
     * Adds a courier ({@code version} null) or changes one; saving confirms its tracking template
     * (no longer "belum diverifikasi"). Refused with a translated reason, changing nothing, when a field
     * is invalid, the code is taken, or another admin saved the courier since it was loaded.
     */
    @PreAuthorize(Permissions.ADMINISTERS)
    @Transactional
    public CourierDetails save(CourierCommand command) {
        String code = command.code().strip().toUpperCase(Locale.ROOT);
        if (!Courier.CODE.matcher(code).matches()) {
            throw new BusinessException("error.courier.code");
        }
        String name = command.name().strip();
        if (name.isEmpty()) {
            throw new BusinessException("error.courier.name-required");
        }
        if (name.length() > MAX_NAME) {
            throw new BusinessException("error.courier.name-too-long", MAX_NAME);
        }
        String services = String.join(",", services(command.services()));
        String template = TrackingUrls.validated(command.trackingUrlTemplate());
        CourierEntry row;
        if (command.version() == null) {
            if (rows.findByCode(code).isPresent()) {
                throw new BusinessException("error.courier.duplicate", code);
            }
            row = new CourierEntry();
            row.code = code;
            row.position = rows.maxPosition() + 1;
        } else {
            row = current(code, command.version());
        }
        row.name = name;
        row.services = services;
        row.trackingUrlTemplate = template;
        row.templateVerified = true;
        row.active = command.active();
        return stored(row);
    }

    /** Shows or hides a courier in the pickers; orders that have it keep showing it. */
    @PreAuthorize(Permissions.ADMINISTERS)
    @Transactional
    public CourierDetails setActive(String code, boolean active, long version) {
        CourierEntry row = current(code, version);
        row.active = active;
        return stored(row);
    }

    /** For tests that reset the table underneath: forget the list in memory. */
    public void forget() {
        directory.forget();
    }

    private CourierEntry current(String code, long version) {
        CourierEntry row = rows.findByCode(code).orElseThrow(() -> new BusinessException("error.courier.changed", "?"));
        if (row.version != version) {
            throw new BusinessException("error.courier.changed", row.updatedBy);
        }
        return row;
    }

    private CourierDetails stored(CourierEntry row) {
        row.updatedBy = currentUser.actorName();
        row.updatedAt = clock.instant();
        try {
            CourierDetails saved = rows.saveAndFlush(row).toDetails();
            directory.changed();
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new BusinessException("error.courier.changed", "?");
        } catch (DataIntegrityViolationException e) {
            // another admin added the same code between our check and our insert
            throw new BusinessException("error.courier.duplicate", row.code);
        }
    }

    private static List<String> services(List<String> typed) {
        Set<String> list = new LinkedHashSet<>();
        for (String part : typed) {
            for (String service : part.split(",")) {
                String s = service.strip();
                if (s.length() > MAX_SERVICE) {
                    throw new BusinessException("error.courier.service-too-long", MAX_SERVICE);
                }
                if (!s.isEmpty()) {
                    list.add(s);
                }
            }
        }
        if (list.size() > MAX_SERVICES) {
            throw new BusinessException("error.courier.too-many-services", MAX_SERVICES);
        }
        return List.copyOf(list);
    }

    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replace("&", "n").replaceAll("[^a-z0-9]", "");
    }
}
