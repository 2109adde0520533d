package id.orderan.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    /** Locks the active admins, so two admins demoting each other at once cannot leave none. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT u FROM AppUser u WHERE u.role = id.orderan.security.Role.ADMIN AND u.enabled = true")
    List<AppUser> lockActiveAdmins();

    @Query("""
            SELECT new id.orderan.security.UserRow(u.id, u.username, u.displayName, u.role, u.enabled,
                u.passwordChangeRequired, u.lastSignInAt, u.version)
            FROM AppUser u ORDER BY u.username""")
    List<UserRow> findRows(Pageable page);

    /** A bulk update: it does not bump {@code version}, so a sign-in never makes an admin's edit stale. */
    @Modifying
    @Query("UPDATE AppUser u SET u.lastSignInAt = :at WHERE u.username = :username")
    int recordSignIn(String username, Instant at);
}
