package id.orderan.storefront.ui;

import id.orderan.storefront.StorefrontService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The buyer's order page, {@code /o/{token}}: anonymous, server-rendered, no Vaadin session (the
 * Vaadin servlet only gets what no MVC handler claims). Every token that is not an order's gets the
 * same friendly 404. A GET only reads.
 *
 * @see <a href="../../../../../../../docs/decisions/0130-buyer-tokens-and-the-storefront.md">0130</a>
 */
@Controller
class BuyerOrderController {

    private final StorefrontService storefront;

    BuyerOrderController(StorefrontService storefront) {
        this.storefront = storefront;
    }

    @GetMapping({"/o/{token}", "/o/{token}/"})
    String orderPage(@PathVariable String token, Model model, HttpServletResponse response) {
        // private to this buyer: no shared cache may keep it; no referrer leaks the token to courier sites
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader("Referrer-Policy", "no-referrer");
        return storefront.orderPage(token).map(page -> {
            model.addAttribute("page", page);
            return "storefront/order";
        }).orElseGet(() -> notFound(response));
    }

    /** Anything else under /o/ (no token, extra segments): the same page as an unknown token. */
    @GetMapping({"/o", "/o/", "/o/{token}/**"})
    String elsewhere(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return notFound(response);
    }

    private static String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "storefront/not-found";
    }
}
