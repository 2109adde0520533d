package id.orderan.warehouse.ui;

import id.orderan.document.PicklistPaper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The station's PDF addresses (served by document.ui.WarehouseDocumentController), built in one place. */
final class WarehouseLinks {

    private WarehouseLinks() {}

    static String picklist(List<String> orderNumbers, PicklistPaper paper) {
        return "documents/picklist.pdf?paper=" + paper.slug() + "&orders=" + orders(orderNumbers);
    }

    /** Each order's packlist, after its shipping label when {@code withLabels}. */
    static String packlists(List<String> orderNumbers, boolean withLabels) {
        return "documents/packlists.pdf?labels=" + withLabels + "&orders=" + orders(orderNumbers);
    }

    private static String orders(List<String> orderNumbers) {
        return URLEncoder.encode(String.join(",", orderNumbers), StandardCharsets.UTF_8);
    }
}
