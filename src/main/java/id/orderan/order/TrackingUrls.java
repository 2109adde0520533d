package id.orderan.order;

import id.orderan.base.BusinessException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for a courier's tracking link: an https template with {@code {resi}} (moved here from
 * shipping's TrackingTemplates, decision 0151 → 0161). <strong>The built-in templates are
 * unverified</strong>: they follow the couriers' public tracking pages as far as we knew them (2026-11).
 *
 * @see <a href="../../../../../../docs/decisions/0161-courier-tracking-links-in-order.md">0161</a>
 */
final class TrackingUrls {

    static final String PLACEHOLDER = "{resi}";
    static final int MAX_LENGTH = 500;

    private TrackingUrls() {}

    /** The address for this resi, the resi URL-encoded. */
    static String fill(String template, String resi) {
        return template.replace(PLACEHOLDER, URLEncoder.encode(resi.strip(), StandardCharsets.UTF_8));
    }

    /**
     * A complete https address with {@code {resi}} and no other placeholder; blank means no link. Only
     * https: the link is opened from the buyer's page and must not downgrade it or run script.
     */
    static @Nullable String validated(@Nullable String typed) {
        String template = typed == null ? "" : typed.strip();
        if (template.isEmpty()) {
            return null;
        }
        if (template.length() > MAX_LENGTH) {
            throw new BusinessException("error.courier-tracking.too-long", MAX_LENGTH);
        }
        String rest = template.replace(PLACEHOLDER, "");
        if (!template.contains(PLACEHOLDER) || rest.contains("{") || rest.contains("}")) {
            throw new BusinessException("error.courier-tracking.placeholder");
        }
        try {
            URI uri = new URI(fill(template, "JNE0123456789"));
            if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null || uri.getHost().isBlank() || uri.getUserInfo() != null) {
                throw new BusinessException("error.courier-tracking.https");
            }
        } catch (URISyntaxException e) {
            throw new BusinessException("error.courier-tracking.https");
        }
        return template;
    }
}
