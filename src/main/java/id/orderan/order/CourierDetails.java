package id.orderan.order;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A courier of the list as admins see it (Pengaturan › Kurir).
 *
 * @param services the services offered as suggestions when a resi is entered (REG, YES, …)
 * @param trackingUrlTemplate the buyer's tracking link with {@code {resi}}; null: no link
 * @param templateVerified false for a built-in template no admin has saved yet ("belum diverifikasi")
 * @param version for optimistic locking: send it back in {@link CourierCommand}
 */
public record CourierDetails(Courier courier, List<String> services, @Nullable String trackingUrlTemplate,
        boolean templateVerified, boolean active, int position, long version, String updatedBy, Instant updatedAt) {

    public String code() {
        return courier.code();
    }

    public String name() {
        return courier.label();
    }

    /** A tracking link in use that no admin has confirmed yet. */
    public boolean templateUnverified() {
        return trackingUrlTemplate != null && !templateVerified;
    }
}
