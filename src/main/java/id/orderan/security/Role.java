package id.orderan.security;

import id.orderan.base.Labelled;
import java.util.Locale;

/** The role stored on a user; the names match {@link AppRoles}. */
public enum Role implements Labelled {
    ADMIN,
    CS,
    GUDANG,
    /**
     * The anonymous buyer on a storefront page, never stored on a user: {@link Buyer} grants it for
     * one call, and the only moves it allows are the buyer's own (decision 0131).
     */
    BUYER;

    /** Roles a staff account may have (Pengaturan › Pengguna). */
    public static Role[] staff() {
        return new Role[] {ADMIN, CS, GUDANG};
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Translation key of the label shown in Pengaturan › Pengguna. */
    @Override
    public String labelKey() {
        return "user.role." + name().toLowerCase(Locale.ROOT);
    }
}
