package id.orderan.catalog;

import java.util.List;

/**
 * The column titles of the product file, the same for export and import (an exported file is the
 * import template). Titles are data, not UI text: they stay Indonesian whatever the user's language,
 * so a file exported by one user imports for any other. Matched case-insensitively on import.
 *
 * @see <a href="../../../../../../docs/decisions/0060-product-and-customer-files.md">0060 product and customer files</a>
 */
public final class ProductColumns {

    public static final String SKU = "SKU";
    public static final String NAME = "Nama";
    public static final String PRICE = "Harga";
    public static final String WEIGHT = "Berat (gram)";
    /** Import: the opening stock of a new product. Export writes the current stock as {@link #STOCK}. */
    public static final String OPENING_STOCK = "Stok awal";
    public static final String STOCK = "Stok";
    public static final String BARCODE = "Barcode";
    public static final String LOCATION = "Lokasi rak";
    public static final String LOW_STOCK_THRESHOLD = "Batas stok menipis";
    public static final String ON_ORDER_FORM = "Tampil di form order";
    public static final String ACTIVE = "Aktif";

    /** What a file must have; every other column is optional. */
    public static final List<String> REQUIRED = List.of(SKU, NAME, PRICE);

    private ProductColumns() {}
}
