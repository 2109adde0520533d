package id.orderan.warehouse;

import id.orderan.base.Labelled;
import java.util.Locale;

/**
 * What bulk resi makes of a row: {@link #OK} is applied, {@link #DONE} is skipped as already done (the
 * order is in Proses Pengiriman with this very resi, or the line repeats an earlier one), everything
 * else is refused with its reason ({@code warehouse.bulk-resi.reason.<name>}).
 *
 * @see <a href="../../../../../../docs/decisions/0175-bulk-resi-rows-and-statuses.md">0175 bulk resi rows</a>
 */
public enum BulkResiStatus implements Labelled {
    OK,
    DONE,
    INCOMPLETE,
    UNKNOWN_ORDER,
    WRONG_STATUS,
    DUPLICATE_ORDER,
    DUPLICATE_RESI,
    UNKNOWN_COURIER,
    INVALID_RESI,
    BAD_ONGKIR,
    /** Refused when applied: the order changed since the preview (or another rule of the shipping service). */
    FAILED;

    public boolean refused() {
        return this != OK && this != DONE;
    }

    @Override
    public String labelKey() {
        return "warehouse.bulk-resi.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The reason shown next to a refused row, with the row's arguments. */
    public String reasonKey() {
        return "warehouse.bulk-resi.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
