package id.orderan.storefront;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One block-list entry as admins see it; a phone's value is the normalised {@code 62…} number. */
public record BlockEntry(long id, BlockKind kind, String value, @Nullable String note, String createdBy,
        Instant createdAt) {}
