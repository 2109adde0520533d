package id.orderan.warehouse;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A manifest as the station shows it, parcels newest first. No money in it for any role: a manifest
 * lists parcels, not amounts.
 *
 * @param courierLabel the courier's name from the courier list (its code when it was removed since)
 * @param lastScanned the parcel the last scan added, to highlight; null after other actions
 */
public record ManifestDetail(long id, String number, String courierCode, String courierLabel, ManifestState state,
        int parcelCount, List<ManifestParcel> parcels, Instant openedAt, @Nullable String closedBy,
        @Nullable Instant closedAt, @Nullable String driverName, long version, @Nullable ManifestParcel lastScanned) {

    public boolean open() {
        return state == ManifestState.OPEN;
    }
}
