package id.orderan.security;

import id.orderan.base.Labelled;
import java.util.Locale;

/** The role stored on a user; the names match {@link AppRoles}. */
public enum Role implements Labelled {
    ADMIN,
    CS,
    GUDANG;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Translation key of the label shown in Pengaturan › Pengguna. */
    @Override
    public String labelKey() {
        return "user.role." + name().toLowerCase(Locale.ROOT);
    }
}
