package id.orderan.catalog;

import id.orderan.base.Labelled;
import java.util.Locale;

/** Why stock changed. Staff record the first three; orders record the rest. */
public enum StockReason implements Labelled {
    STOK_MASUK, KOREKSI_HITUNG, RUSAK_HILANG, ORDER, CANCEL, RETUR;

    @Override
    public String labelKey() {
        return "stock.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
