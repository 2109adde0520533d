package id.orderan.storefront.ui;

import id.orderan.customer.Area;
import id.orderan.customer.AreaService;
import id.orderan.storefront.FormInput;
import id.orderan.storefront.FormOutcome;
import id.orderan.storefront.FormPage;
import id.orderan.storefront.FormQuote;
import id.orderan.storefront.OrderFormService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.View;

/**
 * The buyer's order form {@code /f/{slug}} and the thank-you page {@code /o/{token}/terima-kasih}:
 * anonymous, server-rendered, no Vaadin session. The POST is Post/Redirect/Get with a one-time key per
 * rendered form, so a double tap, a refresh or a retry is one order (decisions 0134, 0135, 0137).
 * Without JavaScript the "Hitung total" button posts the same form back for the server's total.
 */
@Controller
class OrderFormController {

    static final String QUANTITY = "qty_";
    static final String HONEYPOT = "website";
    static final int AREA_MIN_CHARS = 3;
    static final int AREA_RESULTS = 10;

    private final OrderFormService forms;
    private final AreaService areas;

    OrderFormController(OrderFormService forms, AreaService areas) {
        this.forms = forms;
        this.areas = areas;
    }

    @GetMapping({"/f/{slug}", "/f/{slug}/"})
    String form(@PathVariable String slug, Model model, HttpServletResponse response) {
        noStore(response);
        return forms.page(slug).map(page -> render(page, FormInput.empty(newKey()), null, Map.of(), model))
                .orElseGet(() -> notFound(response));
    }

    @PostMapping("/f/{slug}")
    String submit(@PathVariable String slug, @RequestParam Map<String, String> params,
            @RequestParam(required = false) @Nullable String hitung, HttpServletRequest request, Model model,
            HttpServletResponse response) {
        noStore(response);
        FormInput input = input(params);
        if (hitung != null) {
            // "Hitung total" without JavaScript: the server's total, no order, the same one-time key
            return forms.page(slug).map(page -> render(page, input, forms.quote(slug, input).orElse(null), Map.of(),
                    model)).orElseGet(() -> notFound(response));
        }
        FormOutcome outcome = forms.place(slug, input, request.getRemoteAddr());
        return switch (outcome) {
            case FormOutcome.Placed placed -> {
                // 303 See Other: the browser GETs the thank-you page, a refresh there never posts again
                request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
                yield "redirect:/o/" + placed.buyerToken() + "/terima-kasih";
            }
            case FormOutcome.Invalid invalid -> forms.page(slug).map(page -> {
                response.setStatus(422);
                // a key that could not be used gets a fresh one; a usable key stays (nothing was created)
                FormInput again = invalid.errors().containsKey("form") ? input.withKey(newKey()) : input;
                return render(page, again, invalid.quote(), invalid.errors(), model);
            }).orElseGet(() -> notFound(response));
            case FormOutcome.Trapped trapped -> StorefrontRefusals.trapped(response);
            case FormOutcome.TooMany tooMany -> StorefrontRefusals.tooMany(response, tooMany.retryAfterSeconds());
            case FormOutcome.NotFound notFound -> notFound(response);
        };
    }

    /** The thank-you page, by the order's buyer token: reading it again changes nothing. */
    @GetMapping("/o/{token}/terima-kasih")
    String thankYou(@PathVariable String token, Model model, HttpServletResponse response) {
        noStore(response);
        response.setHeader("Referrer-Policy", "no-referrer");
        return forms.thankYou(token).map(page -> {
            model.addAttribute("page", page);
            model.addAttribute("token", token);
            return "storefront/thank-you";
        }).orElseGet(() -> {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "storefront/not-found";
        });
    }

    /** One suggestion of the area search: the four levels and the village code to fill in. */
    record AreaHit(String code, String label, String village, String district, String city, String province) {}

    /**
     * The area search-as-you-type of the form: at least three characters, ten results, public and
     * cacheable (the area data is public reference data; nothing about the buyer is sent back).
     */
    @GetMapping("/f/wilayah")
    @ResponseBody
    ResponseEntity<List<AreaHit>> areas(@RequestParam(defaultValue = "") String q) {
        String text = q.strip();
        List<AreaHit> hits = text.length() < AREA_MIN_CHARS || text.length() > 80 ? List.of()
                : areas.search(text, 0, AREA_RESULTS).stream().map(OrderFormController::hit).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(hits);
    }

    private static AreaHit hit(Area area) {
        return new AreaHit(area.villageCode(), area.label(), area.village(), area.district(), area.regency(),
                area.province());
    }

    private static String render(FormPage page, FormInput input, @Nullable FormQuote quote, Map<String, String> errors,
            Model model) {
        model.addAttribute("page", page);
        model.addAttribute("form", input);
        model.addAttribute("quote", quote);
        model.addAttribute("errors", errors);
        return "storefront/form";
    }

    private static FormInput input(Map<String, String> params) {
        Map<Long, String> quantities = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(QUANTITY) && quantities.size() < 200) {
                try {
                    quantities.put(Long.parseLong(name.substring(QUANTITY.length())), value);
                } catch (NumberFormatException ignored) {
                    // not one of ours
                }
            }
        });
        return new FormInput(param(params, "key"), quantities, param(params, "name"), param(params, "phone"),
                param(params, "email"), param(params, "street"), param(params, "village"), param(params, "district"),
                param(params, "city"), param(params, "province"), param(params, "postalCode"),
                param(params, "villageCode"), param(params, "ongkir"), param(params, "note"), param(params, HONEYPOT));
    }

    private static String param(Map<String, String> params, String name) {
        String value = params.getOrDefault(name, "");
        return value.length() > 2000 ? value.substring(0, 2000) : value;
    }

    /** A fresh one-time key per rendered form: the same form posted again is the same order (decision 0134). */
    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    }

    private static String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "storefront/form-not-found";
    }
}
