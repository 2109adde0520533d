package id.orderan.catalog;

/** Why stock changed. Staff record the first three; orders record the rest. */
public enum StockReason {
    STOK_MASUK, KOREKSI_HITUNG, RUSAK_HILANG, ORDER, CANCEL, RETUR;

    public String labelKey() {
        return "stock.reason." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
