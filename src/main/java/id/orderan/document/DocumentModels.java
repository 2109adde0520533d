package id.orderan.document;

import id.orderan.store.StoreProfile;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the templates print: plain values, already formatted, so templates hold no logic. Read in a short
 * read-only transaction and handed to the renderer as records: nothing here can reach the database.
 * Barcode images are drawn by the templates from the numbers ({@link Barcodes}).
 */
public final class DocumentModels {

    private DocumentModels() {}

    public record Line(String name, String sku, int quantity, String unitPrice, String total) {}

    public record Invoice(StoreProfile store, String orderNumber, String orderDate, String stamp, String buyerName,
            String buyerPhone, String address, List<Line> lines, String subtotal, String discount, String shipping,
            String insurance, String otherFee, int uniqueCode, String grandTotal, String paid, String remaining,
            boolean unpaid, @Nullable String note, String footer, @Nullable String cod) {}

    public record Label(String orderNumber, @Nullable String courier, @Nullable String resi, String recipientName,
            String recipientPhone, String address, String senderName, String senderPhone,
            String weight, List<String> items, @Nullable String codAmount) {}
}
