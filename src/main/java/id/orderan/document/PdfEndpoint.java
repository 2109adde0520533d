package id.orderan.document;

import id.orderan.base.BusinessException;
import id.orderan.base.Translations;
import id.orderan.security.UserService;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What every staff PDF address ({@code /documents/**}) answers alike, whichever feature serves it: the
 * PDF inline with a header-safe file name and no caching, a refusal as 404 or 400, and a busy renderer
 * as 503 with Retry-After in the reader's language. Controllers extend it; their GETs only render.
 */
public abstract class PdfEndpoint {

    private final UserService users;
    private final Translations translations;

    protected PdfEndpoint(UserService users, Translations translations) {
        this.users = users;
        this.translations = translations;
    }

    protected Locale locale() {
        return users.currentUserLocale();
    }

    /** The file name is built from order or manifest numbers (capitals, digits, dashes) only: safe in any header. */
    protected static ResponseEntity<byte[]> pdf(byte[] content, String name) {
        String safe = name.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(safe).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }

    /** "A,B, C,,A" → [A, B, C]: the order numbers of a bulk address. */
    protected static List<String> numbers(String commaSeparated) {
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
                .body(translations.getTranslation(RenderBusyException.messageKey(), locale()));
    }
}
