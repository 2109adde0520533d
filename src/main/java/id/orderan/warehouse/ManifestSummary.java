package id.orderan.warehouse;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of the recent manifests list: reprint a closed one, carry on with an open one. */
public record ManifestSummary(long id, String number, String courierLabel, ManifestState state, int parcelCount,
        Instant openedAt, @Nullable Instant closedAt) {}
