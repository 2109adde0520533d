package id.orderan.document.ui;

import id.orderan.base.BusinessException;
import id.orderan.base.Translations;
import id.orderan.document.DocumentService;
import id.orderan.document.LabelFormat;
import id.orderan.document.RenderBusyException;
import id.orderan.order.InvoiceNotes;
import id.orderan.security.UserService;
import id.orderan.store.StoreService;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stable, session-authenticated PDF addresses a tablet can open or print directly. Roles are checked
 * by {@link DocumentService}: another role gets 403, an unknown order 404. These are GETs: they only
 * render (the print action in Orderan records "printed"), and no text in the address is printed —
 * a per-print invoice note arrives as a token kept by {@link InvoiceNotes} for the signed-in user.
 *
 * @see <a href="../../../../../../../docs/decisions/0077-invoice-note-by-server-side-token.md">0077</a>
 */
@RestController
class DocumentController {

    private final DocumentService documents;
    private final UserService users;
    private final StoreService stores;
    private final InvoiceNotes notes;
    private final Translations translations;

    DocumentController(DocumentService documents, UserService users, StoreService stores, InvoiceNotes notes,
            Translations translations) {
        this.notes = notes;
        this.translations = translations;
        this.documents = documents;
        this.users = users;
        this.stores = stores;
    }

    @GetMapping("/documents/invoice/{orderNumber}.pdf")
    ResponseEntity<byte[]> invoice(@PathVariable String orderNumber,
            @RequestParam(name = "noteToken", required = false) @Nullable String noteToken) {
        String note = noteToken == null || noteToken.isBlank() ? null : notes.note(noteToken)
                .orElseThrow(() -> new BusinessException("error.invoice-note.expired"));
        return pdf(documents.invoice(orderNumber, note, users.currentUserLocale()), "invoice-" + orderNumber);
    }

    @GetMapping("/documents/invoices.pdf")
    ResponseEntity<byte[]> invoices(@RequestParam String orders) {
        List<String> numbers = numbers(orders);
        return pdf(documents.invoices(numbers, null, users.currentUserLocale()), "invoices-" + numbers.size());
    }

    @GetMapping("/documents/invoice-label.pdf")
    ResponseEntity<byte[]> invoicesAndLabels(@RequestParam String orders) {
        List<String> numbers = numbers(orders);
        return pdf(documents.invoicesAndLabels(numbers, users.currentUserLocale()), "invoice-label-" + numbers.size());
    }

    @GetMapping("/documents/label/{orderNumber}.pdf")
    ResponseEntity<byte[]> label(@PathVariable String orderNumber,
            @RequestParam(required = false) @Nullable String format) {
        return pdf(documents.labels(List.of(orderNumber), format(format), users.currentUserLocale()),
                "label-" + orderNumber);
    }

    @GetMapping("/documents/labels.pdf")
    ResponseEntity<byte[]> labels(@RequestParam String orders, @RequestParam(required = false) @Nullable String format) {
        List<String> numbers = numbers(orders);
        return pdf(documents.labels(numbers, format(format), users.currentUserLocale()), "labels-" + numbers.size());
    }

    private static List<String> numbers(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<String> refused(BusinessException e) {
        HttpStatus status = e.messageKey().endsWith("not-found") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(e.messageKey());
    }

    /**
     * Every render slot stayed taken for the longest wait: "sedang sibuk, coba lagi sebentar" in the
     * reader's language, 503 with Retry-After, instead of a request (and a tab) hanging on.
     */
    @ExceptionHandler(RenderBusyException.class)
    ResponseEntity<String> busy(RenderBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(translations.getTranslation(RenderBusyException.messageKey(), users.currentUserLocale()));
    }

    /** The format asked for, else the store's default paper (Pengaturan › Toko). */
    private LabelFormat format(@Nullable String slug) {
        String chosen = slug == null || slug.isBlank() ? stores.profile().labelFormat() : slug;
        return LabelFormat.fromSlug(chosen).orElseThrow(() -> new BusinessException("error.document.format", chosen));
    }

    /** The filename is built from an order number (capitals, digits, dashes) only: safe in any header. */
    private static ResponseEntity<byte[]> pdf(byte[] content, String name) {
        String safe = name.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(safe).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }
}
