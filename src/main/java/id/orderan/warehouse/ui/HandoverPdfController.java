package id.orderan.warehouse.ui;

import id.orderan.base.BusinessException;
import id.orderan.base.Translations;
import id.orderan.document.NamedPdf;
import id.orderan.document.RenderBusyException;
import id.orderan.security.UserService;
import id.orderan.warehouse.HandoverService;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The handover manifest PDF at a stable address beside the other documents ({@code /documents/**},
 * signed-in staff): it only renders a closed manifest from its stored rows, so opening it again is a
 * reprint. An open or unknown manifest is 404; the role check is {@link HandoverService}'s.
 */
@RestController
class HandoverPdfController {

    private final HandoverService handover;
    private final UserService users;
    private final Translations translations;

    HandoverPdfController(HandoverService handover, UserService users, Translations translations) {
        this.handover = handover;
        this.users = users;
        this.translations = translations;
    }

    @GetMapping("/documents/manifest/{number}.pdf")
    ResponseEntity<byte[]> manifest(@PathVariable String number) {
        NamedPdf pdf = handover.manifestPdf(number, users.currentUserLocale());
        String safe = pdf.fileName().replaceAll("[^A-Za-z0-9.-]", "_");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(safe).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf.content());
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<String> refused(BusinessException e) {
        HttpStatus status = e.messageKey().endsWith("not-found") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(e.messageKey());
    }

    /** Every render slot stayed taken: "sedang sibuk, coba lagi sebentar", as for the other documents. */
    @ExceptionHandler(RenderBusyException.class)
    ResponseEntity<String> busy(RenderBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(translations.getTranslation(RenderBusyException.messageKey(), users.currentUserLocale()));
    }
}
