package id.orderan.store;

import id.orderan.base.BusinessException;
import id.orderan.security.AppRoles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pengaturan › Toko: the store's name, contacts, bank accounts, logo and label paper. Admins only edit it. */
@Service
@EnableConfigurationProperties(StoreDefaults.class)
public class StoreService {

    public static final int MAX_LOGO_BYTES = 1024 * 1024;
    public static final Set<String> LABEL_FORMATS = Set.of("100x150", "a6", "a4-4up");

    private final StoreProfileRepository rows;
    private final StoreDefaults defaults;

    StoreService(StoreProfileRepository rows, StoreDefaults defaults) {
        this.rows = rows;
        this.defaults = defaults;
    }

    /** Read on every document: kept in memory, replaced when an admin saves (one application instance). */
    private volatile @Nullable StoreProfile cached;

    /** Anyone may read it: it is printed on every document and shown to buyers. */
    @Transactional(readOnly = true)
    public StoreProfile profile() {
        StoreProfile profile = cached;
        if (profile == null) {
            profile = rows.findById(1L).map(StoreService::toProfile).orElseGet(defaults::toProfile);
            cached = profile;
        }
        return profile;
    }

    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public StoreProfile save(StoreProfile profile) {
        if (profile.name().isBlank()) {
            throw new BusinessException("error.store.name-required");
        }
        if (!LABEL_FORMATS.contains(profile.labelFormat())) {
            throw new BusinessException("error.document.format", profile.labelFormat());
        }
        String logoType = null;
        if (profile.logo() != null) {
            logoType = logoType(profile.logo());
        }
        StoreProfileRow row = rows.findById(1L).orElseGet(StoreProfileRow::new);
        row.name = profile.name().trim();
        row.address = profile.address().trim();
        row.phone = profile.phone().trim();
        row.email = profile.email().trim();
        row.invoiceFooter = profile.invoiceFooter().trim();
        row.labelFormat = profile.labelFormat();
        row.banks = String.join("\n", profile.banks().stream()
                .filter(b -> !b.bank().isBlank() && !b.number().isBlank())
                .map(b -> clean(b.bank()) + "|" + clean(b.number()) + "|" + clean(b.holder())).toList());
        row.logo = profile.logo();
        row.logoType = logoType;
        StoreProfile saved = toProfile(rows.save(row));
        cached = saved;
        return saved;
    }

    /** PNG or JPEG up to 1 MB, judged by the bytes, not by the file name. */
    static String logoType(byte[] logo) {
        if (logo.length > MAX_LOGO_BYTES) {
            throw new BusinessException("error.store.logo-too-large");
        }
        if (logo.length > 3 && (logo[0] & 0xFF) == 0x89 && logo[1] == 'P' && logo[2] == 'N' && logo[3] == 'G') {
            return "image/png";
        }
        if (logo.length > 2 && (logo[0] & 0xFF) == 0xFF && (logo[1] & 0xFF) == 0xD8 && (logo[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        throw new BusinessException("error.store.logo-type");
    }

    private static StoreProfile toProfile(StoreProfileRow row) {
        List<StoreProfile.BankAccount> banks = new ArrayList<>();
        if (row.banks != null) {
            for (String line : row.banks.split("\n")) {
                String[] parts = line.split("\\|", -1);
                if (parts.length == 3) {
                    banks.add(new StoreProfile.BankAccount(parts[0], parts[1], parts[2]));
                }
            }
        }
        return new StoreProfile(row.name, orEmpty(row.address), orEmpty(row.phone), orEmpty(row.email), banks,
                orEmpty(row.invoiceFooter), row.labelFormat, row.logo, row.logoType);
    }

    /** For tests that reset the table underneath: forget the remembered profile. */
    public void forget() {
        cached = null;
    }

    private static String clean(String value) {
        return value.replace("|", "/").replace("\n", " ").trim();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
