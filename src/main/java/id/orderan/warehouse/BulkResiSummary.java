package id.orderan.warehouse;

import java.util.List;

/**
 * What applying a bulk resi list did: orders sent on their way, rows skipped because they were done
 * already (a second click, a file uploaded twice), and the refused rows with their reasons.
 */
public record BulkResiSummary(int applied, int alreadyDone, List<BulkResiRow> refused, boolean money) {

    public BulkResiSummary {
        refused = List.copyOf(refused);
    }
}
