package id.orderan.document.ui;

import id.orderan.base.BusinessException;
import id.orderan.base.Translations;
import id.orderan.document.PicklistPaper;
import id.orderan.document.RenderBusyException;
import id.orderan.document.WarehouseDocuments;
import id.orderan.security.UserService;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The warehouse station's PDFs at stable, session-authenticated addresses, as {@link DocumentController}
 * serves invoices and labels: GETs that only render (opening the labels is recorded by the station's
 * button, not here), roles checked by {@link WarehouseDocuments}, at most
 * {@link WarehouseDocuments#MAX_ORDERS} orders.
 */
@RestController
class WarehouseDocumentController {

    private final WarehouseDocuments documents;
    private final UserService users;
    private final Translations translations;

    WarehouseDocumentController(WarehouseDocuments documents, UserService users, Translations translations) {
        this.documents = documents;
        this.users = users;
        this.translations = translations;
    }

    @GetMapping("/documents/picklist.pdf")
    ResponseEntity<byte[]> picklist(@RequestParam String orders, @RequestParam(required = false) @Nullable String paper) {
        List<String> numbers = numbers(orders);
        PicklistPaper chosen = paper == null || paper.isBlank() ? PicklistPaper.A4 : PicklistPaper.fromSlug(paper)
                .orElseThrow(() -> new BusinessException("error.document.format", paper));
        return pdf(documents.picklist(numbers, chosen, users.currentUserLocale()), "picklist-" + numbers.size());
    }

    @GetMapping("/documents/packlists.pdf")
    ResponseEntity<byte[]> packlists(@RequestParam String orders,
            @RequestParam(required = false, defaultValue = "false") boolean labels) {
        List<String> numbers = numbers(orders);
        return pdf(documents.packlists(numbers, labels, users.currentUserLocale()),
                (labels ? "label-packlist-" : "packlist-") + numbers.size());
    }

    private static List<String> numbers(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<String> refused(BusinessException e) {
        HttpStatus status = e.messageKey().endsWith("not-found") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(e.messageKey());
    }

    @ExceptionHandler(RenderBusyException.class)
    ResponseEntity<String> busy(RenderBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(translations.getTranslation(RenderBusyException.messageKey(), users.currentUserLocale()));
    }

    private static ResponseEntity<byte[]> pdf(byte[] content, String name) {
        String safe = name.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(safe).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }
}
