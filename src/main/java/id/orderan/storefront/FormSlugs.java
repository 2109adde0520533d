package id.orderan.storefront;

import id.orderan.base.BusinessException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The URL slug of an order form, {@code /f/{slug}}: lowercase letters, digits and single hyphens, 3–60 characters. */
public final class FormSlugs {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Words that name pages or sound official: a form must not look like one. */
    static final Set<String> RESERVED = Set.of("admin", "api", "login", "logout", "settings", "pengaturan", "orders",
            "order", "wilayah", "baru", "new", "edit", "static", "assets", "icons", "images", "themes", "orderan",
            "terima-kasih", "konfirmasi", "checkout", "cart", "keranjang", "help", "bantuan");

    private FormSlugs() {}

    static boolean wellFormed(String slug) {
        return slug.length() >= 3 && slug.length() <= 60 && SLUG.matcher(slug).matches();
    }

    /** The slug as stored (trimmed, lower case), or a refusal naming what is wrong. */
    static String validated(String typed) {
        String slug = normalized(typed);
        problem(slug).ifPresent(key -> {
            throw new BusinessException(key, slug);
        });
        return slug;
    }

    /** Trimmed and in lower case: "Promo-Lebaran " is saved as "promo-lebaran". */
    public static String normalized(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    /** The translation key of what is wrong with a normalised slug ({0} = the slug), or empty when it is fine. */
    public static Optional<String> problem(String slug) {
        if (!wellFormed(slug)) {
            return Optional.of("error.order-form.slug-invalid");
        }
        return RESERVED.contains(slug) ? Optional.of("error.order-form.slug-reserved") : Optional.empty();
    }
}
