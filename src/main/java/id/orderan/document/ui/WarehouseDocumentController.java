package id.orderan.document.ui;

import id.orderan.base.BusinessException;
import id.orderan.base.Translations;
import id.orderan.document.PdfEndpoint;
import id.orderan.document.PicklistPaper;
import id.orderan.document.WarehouseDocuments;
import id.orderan.security.UserService;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
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
class WarehouseDocumentController extends PdfEndpoint {

    private final WarehouseDocuments documents;

    WarehouseDocumentController(WarehouseDocuments documents, UserService users, Translations translations) {
        super(users, translations);
        this.documents = documents;
    }

    @GetMapping("/documents/picklist.pdf")
    ResponseEntity<byte[]> picklist(@RequestParam String orders, @RequestParam(required = false) @Nullable String paper) {
        List<String> numbers = numbers(orders);
        PicklistPaper chosen = paper == null || paper.isBlank() ? PicklistPaper.A4 : PicklistPaper.fromSlug(paper)
                .orElseThrow(() -> new BusinessException("error.document.format", paper));
        return pdf(documents.picklist(numbers, chosen, locale()), "picklist-" + numbers.size());
    }

    @GetMapping("/documents/packlists.pdf")
    ResponseEntity<byte[]> packlists(@RequestParam String orders,
            @RequestParam(required = false, defaultValue = "false") boolean labels) {
        List<String> numbers = numbers(orders);
        return pdf(documents.packlists(numbers, labels, locale()),
                (labels ? "label-packlist-" : "packlist-") + numbers.size());
    }
}
