package id.orderan.storefront.ui;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;

/** The storefront's two refusals of a submission: too many (429) and a trapped bot (400). */
final class StorefrontRefusals {

    private StorefrontRefusals() {}

    static String tooMany(HttpServletResponse response, long retryAfterSeconds) {
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfterSeconds)));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return "storefront/too-many";
    }

    static String trapped(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return "storefront/refused";
    }
}
