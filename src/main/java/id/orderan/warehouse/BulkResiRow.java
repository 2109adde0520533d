package id.orderan.warehouse;

import id.orderan.order.Courier;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A checked row of a bulk resi list.
 *
 * @param orderNumber the order as written, upper-cased
 * @param courier the courier the row resolves to (the file's, or else the order's); null when unknown
 * @param courierText what the row says about the courier: the file's text, or the order's courier label
 * @param resi normalised as the shipping service stores it
 * @param ongkir the file's shipping cost, for ADMIN and CS only (null for the warehouse); never applied
 * @param orderOngkir the order's own shipping cost, for ADMIN and CS only, to compare
 * @param reasonKey translation key of the reason (refused, or skipped as done); null for rows that apply
 * @param reasonArgs its arguments: the seller's data, row numbers, or status label keys to translate
 * @see <a href="../../../../../../docs/decisions/0175-bulk-resi-rows-and-statuses.md">0175 bulk resi rows</a>
 * @see <a href="../../../../../../docs/decisions/0176-bulk-resi-leaves-ongkir-alone.md">0176 ongkir</a>
 */
public record BulkResiRow(int row, String orderNumber, @Nullable Courier courier, String courierText,
        String service, String resi, @Nullable Long ongkir, @Nullable Long orderOngkir, BulkResiStatus status,
        @Nullable String reasonKey, List<Object> reasonArgs) {

    public BulkResiRow {
        reasonArgs = List.copyOf(reasonArgs);
    }

    BulkResiRow with(BulkResiStatus newStatus, String newReasonKey, Object... args) {
        return new BulkResiRow(row, orderNumber, courier, courierText, service, resi, ongkir, orderOngkir, newStatus,
                newReasonKey, List.of(args));
    }

    /** The file's ongkir differs from the order's (shown to ADMIN and CS; the order keeps its own). */
    public boolean ongkirDiffers() {
        return ongkir != null && orderOngkir != null && !ongkir.equals(orderOngkir);
    }
}
