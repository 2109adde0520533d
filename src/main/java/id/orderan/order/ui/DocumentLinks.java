package id.orderan.order.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The PDF addresses (served by the document feature), built in the one place that knows them. */
final class DocumentLinks {

    private DocumentLinks() {}

    static String labels(List<String> orderNumbers) {
        return orderNumbers.size() == 1 ? "documents/label/" + orderNumbers.getFirst() + ".pdf"
                : "documents/labels.pdf?orders=" + URLEncoder.encode(String.join(",", orderNumbers),
                        StandardCharsets.UTF_8);
    }

    /** A note travels as the token {@code InvoiceNotes} kept it under, never as text in the address. */
    static String invoice(String orderNumber, @Nullable String noteToken) {
        String link = "documents/invoice/" + orderNumber + ".pdf";
        return noteToken == null ? link : link + "?noteToken=" + URLEncoder.encode(noteToken, StandardCharsets.UTF_8);
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
