package id.orderan.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of Pengaturan › Pengguna; {@code version} goes back with every change (optimistic locking). */
public record UserRow(long id, String username, String displayName, Role role, boolean enabled,
        boolean passwordChangeRequired, @Nullable Instant lastSignInAt, long version) {
}
