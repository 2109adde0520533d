package id.orderan.security;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A member of the seller's team who signs in to the back office. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 50)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false, length = 10)
    private String locale = "id";

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set for generated passwords (first start, new user, reset): the UI opens nothing else until changed. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /** Written by a bulk update on sign-in, which leaves {@link #version} alone (see AppUserRepository). */
    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    @Version
    private long version;

    protected AppUser() {
        this("", "", false, "", Role.CS, Instant.EPOCH);
    }

    /** {@code generatedPassword}: the user must choose their own at the next sign-in. */
    AppUser(String username, String passwordHash, boolean generatedPassword, String displayName, Role role,
            Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = generatedPassword;
        this.displayName = displayName;
        this.role = role;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public String getLocale() {
        return locale;
    }

    void setLocale(String locale) {
        this.locale = locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setRole(Role role) {
        this.role = role;
    }

    /** A new password hash; {@code generated} passwords must be changed by their user at the next sign-in. */
    void setPassword(String passwordHash, boolean generated) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = generated;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public @Nullable Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public long getVersion() {
        return version;
    }
}
