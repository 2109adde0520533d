package id.orderan.document.ui;

import id.orderan.base.BusinessException;
import id.orderan.base.Translations;
import id.orderan.document.DocumentService;
import id.orderan.document.LabelFormat;
import id.orderan.document.PdfEndpoint;
import id.orderan.order.InvoiceNotes;
import id.orderan.security.UserService;
import id.orderan.store.StoreService;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
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
class DocumentController extends PdfEndpoint {

    private final DocumentService documents;
    private final StoreService stores;
    private final InvoiceNotes notes;

    DocumentController(DocumentService documents, UserService users, StoreService stores, InvoiceNotes notes,
            Translations translations) {
        super(users, translations);
        this.notes = notes;
        this.documents = documents;
        this.stores = stores;
    }

    @GetMapping("/documents/invoice/{orderNumber}.pdf")
    ResponseEntity<byte[]> invoice(@PathVariable String orderNumber,
            @RequestParam(name = "noteToken", required = false) @Nullable String noteToken) {
        String note = noteToken == null || noteToken.isBlank() ? null : notes.note(noteToken)
                .orElseThrow(() -> new BusinessException("error.invoice-note.expired"));
        return pdf(documents.invoice(orderNumber, note, locale()), "invoice-" + orderNumber);
    }

    @GetMapping("/documents/invoices.pdf")
    ResponseEntity<byte[]> invoices(@RequestParam String orders) {
        List<String> numbers = numbers(orders);
        return pdf(documents.invoices(numbers, null, locale()), "invoices-" + numbers.size());
    }

    @GetMapping("/documents/invoice-label.pdf")
    ResponseEntity<byte[]> invoicesAndLabels(@RequestParam String orders) {
        List<String> numbers = numbers(orders);
        return pdf(documents.invoicesAndLabels(numbers, locale()), "invoice-label-" + numbers.size());
    }

    @GetMapping("/documents/label/{orderNumber}.pdf")
    ResponseEntity<byte[]> label(@PathVariable String orderNumber,
            @RequestParam(required = false) @Nullable String format) {
        return pdf(documents.labels(List.of(orderNumber), format(format), locale()),
                "label-" + orderNumber);
    }

    @GetMapping("/documents/labels.pdf")
    ResponseEntity<byte[]> labels(@RequestParam String orders, @RequestParam(required = false) @Nullable String format) {
        List<String> numbers = numbers(orders);
        return pdf(documents.labels(numbers, format(format), locale()), "labels-" + numbers.size());
    }

    /** The format asked for, else the store's default paper (Pengaturan › Toko). */
    private LabelFormat format(@Nullable String slug) {
        String chosen = slug == null || slug.isBlank() ? stores.profile().labelFormat() : slug;
        return LabelFormat.fromSlug(chosen).orElseThrow(() -> new BusinessException("error.document.format", chosen));
    }
}
