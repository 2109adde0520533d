package id.orderan.storefront.ui;

import id.orderan.document.NamedPdf;
import id.orderan.document.RenderBusyException;
import id.orderan.storefront.ConfirmationForm;
import id.orderan.storefront.StorefrontService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The buyer's order page, {@code /o/{token}}: anonymous, server-rendered, no Vaadin session (the
 * Vaadin servlet only gets what no MVC handler claims). Every token that is not an order's gets the
 * same friendly 404. A GET only reads; the one POST is the payment confirmation (Post/Redirect/Get).
 *
 * @see <a href="../../../../../../../docs/decisions/0130-buyer-tokens-and-the-storefront.md">0130</a>
 * @see <a href="../../../../../../../docs/decisions/0131-the-buyer-as-an-actor.md">0131</a>
 */
@Controller
class BuyerOrderController {

    private final StorefrontService storefront;

    BuyerOrderController(StorefrontService storefront) {
        this.storefront = storefront;
    }

    @GetMapping({"/o/{token}", "/o/{token}/"})
    String orderPage(@PathVariable String token, @RequestParam(required = false) @Nullable String terkirim,
            Model model, HttpServletResponse response) {
        privateHeaders(response);
        model.addAttribute("sent", terkirim != null);
        return render(token, ConfirmationForm.empty(newKey()), List.of(), model, response);
    }

    /**
     * The buyer's "Sudah transfer". The proof is read only up to the limit (one byte more says "too
     * large"); Spring's multipart limits stop far larger bodies before this runs. Success redirects,
     * so a refresh does not post again; a refusal re-renders the form with the typed values.
     */
    @PostMapping({"/o/{token}/konfirmasi"})
    String confirm(@PathVariable String token, @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String toAccount, @RequestParam(defaultValue = "") String bank,
            @RequestParam(defaultValue = "") String accountHolder, @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String transferDate,
            @RequestParam(required = false) @Nullable MultipartFile proof, Model model, HttpServletResponse response)
            throws IOException {
        privateHeaders(response);
        var form = new ConfirmationForm(key, toAccount, bank, accountHolder, amount, transferDate,
                proof == null || proof.getOriginalFilename() == null ? "" : proof.getOriginalFilename(),
                proof == null || proof.isEmpty() ? null : capped(proof));
        if (storefront.orderPage(token).isEmpty()) {
            return notFound(response);
        }
        List<String> errors = storefront.confirm(token, form);
        if (errors.isEmpty()) {
            return "redirect:/o/" + token + "?terkirim";
        }
        model.addAttribute("sent", false);
        response.setStatus(422);
        return render(token, new ConfirmationForm(form.key(), toAccount, bank, accountHolder, amount, transferDate,
                "", null), errors, model, response);
    }

    /**
     * The buyer's invoice (decision 0150): only the token's own order, the same 404 page for any other
     * token, a friendly 503 page when every render slot is busy. A GET: nothing is recorded.
     */
    @GetMapping("/o/{token}/invoice.pdf")
    ResponseEntity<byte[]> invoice(@PathVariable String token) {
        NamedPdf pdf = storefront.invoice(token).orElseThrow(UnknownToken::new);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.fileName()).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue())
                .header("Referrer-Policy", "no-referrer")
                .body(pdf.content());
    }

    @ExceptionHandler(UnknownToken.class)
    String unknownToken(HttpServletResponse response) {
        privateHeaders(response);
        return notFound(response);
    }

    /** Every render slot stayed busy: "sedang sibuk", 503 with Retry-After, never a stack trace. */
    @ExceptionHandler(RenderBusyException.class)
    ModelAndView busy(RenderBusyException e, HttpServletResponse response) {
        privateHeaders(response);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
        return new ModelAndView("storefront/busy", Map.of("retryAfter", e.retryAfter().toSeconds()),
                HttpStatus.SERVICE_UNAVAILABLE);
    }

    /** A token that is not an order's, found while answering with something other than a page. */
    private static final class UnknownToken extends RuntimeException {
        UnknownToken() {
            super(null, null, false, false);
        }
    }

    /** Anything else under /o/ (no token, extra segments): the same page as an unknown token. */
    @GetMapping({"/o", "/o/", "/o/{token}/**"})
    String elsewhere(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return notFound(response);
    }

    private String render(String token, ConfirmationForm form, List<String> errors, Model model,
            HttpServletResponse response) {
        return storefront.orderPage(token).map(page -> {
            model.addAttribute("page", page);
            model.addAttribute("token", token);
            model.addAttribute("box", storefront.confirmationBox(token));
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return "storefront/order";
        }).orElseGet(() -> notFound(response));
    }

    private static byte[] capped(MultipartFile proof) throws IOException {
        try (InputStream in = proof.getInputStream()) {
            return in.readNBytes(StorefrontService.PROOF_READ_LIMIT);
        }
    }

    /** A fresh key per rendered form: a double POST of the same form is one confirmation (decision 0132). */
    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static void privateHeaders(HttpServletResponse response) {
        // private to this buyer: no shared cache may keep it; no referrer leaks the token to courier sites
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    private static String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "storefront/not-found";
    }
}
