package id.orderan.security;

/** The three roles of a seller's team; use with {@code @RolesAllowed} / {@code hasRole}. */
public final class AppRoles {

    /** Everything: settings, users, every order action. */
    public static final String ADMIN = "ADMIN";
    /** Customer service: orders, customers, payments, follow-up. */
    public static final String CS = "CS";
    /** Warehouse: shipping queue, resi, labels, delivered; no money figures beyond COD. */
    public static final String GUDANG = "GUDANG";

    private AppRoles() {}
}
