package id.orderan.security;

/**
 * The names of {@link Role}'s constants as compile-time strings, for annotations
 * ({@code @RolesAllowed}, {@code @PreAuthorize}) that cannot call {@code Role.name()}. {@link Role}
 * is the source; {@code RolesTest} fails when the two drift apart. Code that is not an annotation
 * uses {@link Role} or {@link Permissions}.
 */
public final class AppRoles {

    /** Everything: settings, users, every order action. */
    public static final String ADMIN = "ADMIN";
    /** Customer service: orders, customers, payments, follow-up. */
    public static final String CS = "CS";
    /** Warehouse: shipping queue, resi, labels, delivered; no money figures beyond COD. */
    public static final String GUDANG = "GUDANG";
    /** The anonymous buyer on a storefront page, for one call only ({@link Buyer}). */
    public static final String BUYER = "BUYER";

    private AppRoles() {}
}
