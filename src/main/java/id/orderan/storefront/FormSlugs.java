package id.orderan.storefront;

import id.orderan.base.BusinessException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The URL slug of an order form, {@code /f/{slug}}: lowercase letters, digits and single hyphens, 3–60 characters. */
final class FormSlugs {

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
        String slug = typed.strip().toLowerCase(Locale.ROOT);
        if (!wellFormed(slug)) {
            throw new BusinessException("error.order-form.slug-invalid");
        }
        if (RESERVED.contains(slug)) {
            throw new BusinessException("error.order-form.slug-reserved", slug);
        }
        return slug;
    }
}
