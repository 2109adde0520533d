package id.orderan.storefront.ui;

import id.orderan.security.Buyer;
import id.orderan.storefront.LinkAnswer;
import id.orderan.storefront.PrivateLinkService;
import id.orderan.storefront.ShipToForm;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The buyer's private order link, {@code /p/{token}}: anonymous, server-rendered, works without
 * JavaScript. GET shows the items at the prices staff fixed and the ship-to form; POST ("Konfirmasi
 * pesanan") places the order and redirects (303) to its page {@code /o/{orderToken}}, as does every
 * later GET or POST. Expired or cancelled: 410 with the store's WhatsApp; unknown: the same 404 as
 * {@code /o/}. The buyer acts as "pembeli" ({@link Buyer}, decision 0131).
 *
 * @see <a href="../../../../../../../docs/decisions/0140-private-link-token-and-single-use.md">0140</a>
 */
@Controller
class PrivateLinkController {

    private final PrivateLinkService links;

    PrivateLinkController(PrivateLinkService links) {
        this.links = links;
    }

    @GetMapping({"/p/{token}", "/p/{token}/"})
    ModelAndView open(@PathVariable String token, HttpServletResponse response) {
        privateHeaders(response);
        return render(token, Buyer.act(() -> links.open(token)), response);
    }

    /** Only the ship-to and the note are read: prices, quantities and charges come from the link. */
    @PostMapping({"/p/{token}", "/p/{token}/"})
    ModelAndView confirm(@PathVariable String token, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String street,
            @RequestParam(defaultValue = "") String village, @RequestParam(defaultValue = "") String district,
            @RequestParam(defaultValue = "") String city, @RequestParam(defaultValue = "") String province,
            @RequestParam(defaultValue = "") String postalCode, @RequestParam(defaultValue = "") String note,
            HttpServletResponse response) {
        privateHeaders(response);
        var form = new ShipToForm(name, phone, street, village, district, city, province, postalCode, note);
        return render(token, Buyer.act(() -> links.confirm(token, form)), response);
    }

    /** Anything else under /p/: the same page as an unknown token. */
    @GetMapping({"/p", "/p/", "/p/{token}/**"})
    ModelAndView elsewhere(HttpServletResponse response) {
        privateHeaders(response);
        return render("", new LinkAnswer.Unknown(), response);
    }

    private static ModelAndView render(String token, LinkAnswer answer, HttpServletResponse response) {
        return switch (answer) {
            case LinkAnswer.Open open -> {
                var page = new ModelAndView("storefront/private-link");
                page.addObject("page", open.page());
                page.addObject("form", open.form());
                page.addObject("errors", open.errors());
                page.addObject("token", token);
                page.setStatus(open.errors().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
                yield page;
            }
            case LinkAnswer.Placed placed -> {
                var redirect = new RedirectView("/o/" + placed.orderToken(), true);
                redirect.setStatusCode(HttpStatus.SEE_OTHER);
                redirect.setExposeModelAttributes(false);
                yield new ModelAndView(redirect);
            }
            case LinkAnswer.Closed closed -> {
                var page = new ModelAndView("storefront/link-closed");
                page.addObject("closed", closed);
                page.setStatus(HttpStatus.GONE);
                yield page;
            }
            case LinkAnswer.Unknown unknown -> {
                var page = new ModelAndView("storefront/not-found");
                page.setStatus(HttpStatus.NOT_FOUND);
                yield page;
            }
        };
    }

    private static void privateHeaders(HttpServletResponse response) {
        // the token is the buyer's credential: no shared cache keeps the page, no referrer carries it away
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
