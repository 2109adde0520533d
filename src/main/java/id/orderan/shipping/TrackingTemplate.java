package id.orderan.shipping;

import id.orderan.order.Courier;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The tracking URL template in force for a courier ({@code {resi}} marks where the resi goes).
 *
 * @param template null when the courier gets no tracking link
 * @param builtIn the shipped default, which nobody has checked against the courier's site yet
 * @param version {@link #DEFAULT_VERSION} for a built-in default, else the saved row's version
 * @param updatedBy who saved it (null for a built-in default)
 * @see <a href="../../../../../../docs/decisions/0151-courier-tracking-templates.md">0151</a>
 */
public record TrackingTemplate(Courier courier, @Nullable String template, boolean builtIn, long version,
        @Nullable String updatedBy, @Nullable Instant updatedAt) {

    public static final long DEFAULT_VERSION = -1;

    /** A built-in address in use that no admin has confirmed: shown as "belum diverifikasi". */
    public boolean unverified() {
        return builtIn && template != null;
    }
}
