package id.orderan.warehouse;

import org.jspecify.annotations.Nullable;

/** One parcel of a manifest: what the courier driver counts and signs for. */
public record ManifestParcel(long orderId, String orderNumber, String resi, @Nullable String city) {}
