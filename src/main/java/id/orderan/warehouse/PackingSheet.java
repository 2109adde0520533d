package id.orderan.warehouse;

import id.orderan.order.OrderStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An order at the packing table, the same for every role: its items with the scanned units, the courier
 * the buyer chose, and no money but the COD amount the courier collects.
 *
 * @param courierCode the order's courier code (prefills the resi step), null when the order names none
 * @param packedBy    who scanned the last unit, null while not packed
 */
public record PackingSheet(String orderNumber, OrderStatus status, String recipientName,
        @Nullable String courierCode, @Nullable String courierService, boolean cod, @Nullable Long codToCollect,
        List<PackLine> lines, @Nullable String packedBy, @Nullable Instant packedAt) {

    public boolean packed() {
        return packedAt != null;
    }

    public int units() {
        return lines.stream().mapToInt(PackLine::quantity).sum();
    }

    public int scannedUnits() {
        return lines.stream().mapToInt(line -> Math.min(line.scanned(), line.quantity())).sum();
    }
}
