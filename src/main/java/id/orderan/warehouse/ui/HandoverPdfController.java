package id.orderan.warehouse.ui;

import id.orderan.base.Translations;
import id.orderan.document.NamedPdf;
import id.orderan.document.PdfEndpoint;
import id.orderan.security.UserService;
import id.orderan.warehouse.HandoverService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The handover manifest PDF at a stable address beside the other documents ({@code /documents/**},
 * signed-in staff): it only renders a closed manifest from its stored rows, so opening it again is a
 * reprint. An open or unknown manifest is 404; the role check is {@link HandoverService}'s.
 */
@RestController
class HandoverPdfController extends PdfEndpoint {

    private final HandoverService handover;

    HandoverPdfController(HandoverService handover, UserService users, Translations translations) {
        super(users, translations);
        this.handover = handover;
    }

    @GetMapping("/documents/manifest/{number}.pdf")
    ResponseEntity<byte[]> manifest(@PathVariable String number) {
        NamedPdf pdf = handover.manifestPdf(number, locale());
        return pdf(pdf.content(), pdf.fileName().replaceFirst("\\.pdf$", ""));
    }
}
