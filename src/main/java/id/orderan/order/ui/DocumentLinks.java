package id.orderan.order.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The PDF addresses (served by the document feature), built in the one place that knows them. */
final class DocumentLinks {

    private DocumentLinks() {}

    static String labels(List<String> orderNumbers) {
        return orderNumbers.size() == 1 ? "documents/label/" + orderNumbers.getFirst() + ".pdf"
                : "documents/labels.pdf?orders=" + URLEncoder.encode(String.join(",", orderNumbers),
                        StandardCharsets.UTF_8);
    }

    static String invoice(String orderNumber, String note) {
        String link = "documents/invoice/" + orderNumber + ".pdf";
        return note.isBlank() ? link : link + "?note=" + URLEncoder.encode(note.trim(), StandardCharsets.UTF_8);
    }

    static String invoicesAndLabels(List<String> orderNumbers) {
        return "documents/invoice-label.pdf?orders=" + URLEncoder.encode(String.join(",", orderNumbers),
                StandardCharsets.UTF_8);
    }

    static String invoices(List<String> orderNumbers) {
        return orderNumbers.size() == 1 ? "documents/invoice/" + orderNumbers.getFirst() + ".pdf"
                : "documents/invoices.pdf?orders=" + URLEncoder.encode(String.join(",", orderNumbers),
                        StandardCharsets.UTF_8);
    }
}
