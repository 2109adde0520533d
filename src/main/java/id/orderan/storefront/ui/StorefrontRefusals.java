package id.orderan.storefront.ui;

import id.orderan.customer.PhoneNumber;
import id.orderan.store.StoreProfile;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;

/**
 * The two answers of the order forms' screening that place no order (decision 0145): too many
 * submissions (429 with {@code Retry-After}) and the honeypot (a neutral 400 that tells a bot nothing
 * it can learn from). Both pages work without any model attribute; given the store's profile they
 * name the store and offer its WhatsApp.
 */
public final class StorefrontRefusals {

    public static final String TOO_MANY_VIEW = "storefront/too-many";
    public static final String REFUSED_VIEW = "storefront/refused";
    public static final int TOO_MANY_REQUESTS = 429;

    private StorefrontRefusals() {}

    /** 429, {@code Retry-After} in seconds (at least 1), not stored by any cache. */
    public static String tooMany(HttpServletResponse response, long retryAfterSeconds) {
        long seconds = Math.max(1, retryAfterSeconds);
        response.setStatus(TOO_MANY_REQUESTS);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return TOO_MANY_VIEW;
    }

    /** {@link #tooMany(HttpServletResponse, long)} with the wait in minutes and the store's contact in the model. */
    public static String tooMany(HttpServletResponse response, long retryAfterSeconds, Model model, StoreProfile store) {
        model.addAttribute("retryMinutes", Math.max(1, (Math.max(1, retryAfterSeconds) + 59) / 60));
        contact(model, store);
        return tooMany(response, retryAfterSeconds);
    }

    /** 400, not stored by any cache: the honeypot was filled. */
    public static String trapped(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return REFUSED_VIEW;
    }

    public static String trapped(HttpServletResponse response, Model model, StoreProfile store) {
        contact(model, store);
        return trapped(response);
    }

    /** {@code storeName} and {@code storeWhatsApp} (digits for wa.me, absent when the phone is not a mobile number). */
    static void contact(Model model, StoreProfile store) {
        if (!store.name().isBlank()) {
            model.addAttribute("storeName", store.name());
        }
        PhoneNumber.normalize(store.phone()).ifPresent(digits -> model.addAttribute("storeWhatsApp", digits));
    }
}
