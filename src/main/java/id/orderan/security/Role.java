package id.orderan.security;

/** The role stored on a user; the names match {@link AppRoles}. */
public enum Role {
    ADMIN,
    CS,
    GUDANG;

    public String authority() {
        return "ROLE_" + name();
    }
}
