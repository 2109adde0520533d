package id.orderan.security;

/** The role stored on a user; the names match {@link AppRoles}. */
public enum Role {
    ADMIN,
    CS,
    GUDANG;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Translation key of the label shown in Pengaturan › Pengguna. */
    public String labelKey() {
        return "user.role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
