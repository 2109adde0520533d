package id.orderan.catalog;

import static id.orderan.catalog.ProductColumns.ACTIVE;
import static id.orderan.catalog.ProductColumns.BARCODE;
import static id.orderan.catalog.ProductColumns.LOCATION;
import static id.orderan.catalog.ProductColumns.LOW_STOCK_THRESHOLD;
import static id.orderan.catalog.ProductColumns.NAME;
import static id.orderan.catalog.ProductColumns.ON_ORDER_FORM;
import static id.orderan.catalog.ProductColumns.OPENING_STOCK;
import static id.orderan.catalog.ProductColumns.PRICE;
import static id.orderan.catalog.ProductColumns.SKU;
import static id.orderan.catalog.ProductColumns.STOCK;
import static id.orderan.catalog.ProductColumns.WEIGHT;

import id.orderan.base.BusinessException;
import id.orderan.base.dataio.CellValues;
import id.orderan.base.dataio.CsvRecord;
import id.orderan.base.dataio.ImportRow;
import id.orderan.base.dataio.ImportTarget;
import id.orderan.base.dataio.RowProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Products from a CSV, matched by SKU. Every row passes the same rules as the Produk form
 * ({@link ValidProduct}) before the preview shows it; a barcode twice in the file or owned by another
 * product is refused in the preview too. Writing goes through {@link ProductService#importBatch}
 * (ADMIN only), one transaction per batch. The stock column only opens the stock of a new product.
 *
 * @see <a href="../../../../../../docs/decisions/0060-product-and-customer-files.md">0060 product and customer files</a>
 */
public final class ProductImportTarget implements ImportTarget<ProductImport> {

    private final ProductService products;

    public ProductImportTarget(ProductService products) {
        this.products = products;
    }

    @Override
    public List<String> requiredColumns() {
        return ProductColumns.REQUIRED;
    }

    @Override
    public ProductImport parse(CsvRecord record) {
        String sku = CellValues.required(record, SKU);
        String name = CellValues.required(record, NAME);
        Long price = CellValues.rupiah(record, PRICE);
        if (price == null) {
            throw new BusinessException("error.import.required", PRICE);
        }
        Integer weight = CellValues.whole(record, CellValues.firstOf(record, WEIGHT, "Berat"));
        // "Stok" is what an export writes: a file moved from another shop opens its stock
        Integer openingStock = CellValues.whole(record, CellValues.firstOf(record, OPENING_STOCK, STOCK));
        Integer threshold = CellValues.whole(record, LOW_STOCK_THRESHOLD);
        Boolean onOrderForm = CellValues.yesNo(record, ON_ORDER_FORM);
        Boolean active = CellValues.yesNo(record, ACTIVE);
        if (openingStock != null && openingStock < 0) {
            throw new BusinessException("error.stock.opening-negative");
        }
        var row = new ProductImport(sku, name, price, weight, record.optional(BARCODE), record.optional(LOCATION),
                threshold, onOrderForm, active, openingStock);
        // the form's rules, with defaults for blanks (valid values, so an update is checked the same way)
        ValidProduct valid = ValidProduct.of(row.forCreate());
        return new ProductImport(valid.sku(), valid.name(), valid.price(), weight, valid.barcode(), valid.location(),
                threshold, onOrderForm, active, openingStock);
    }

    @Override
    public String key(ProductImport row) {
        return row.sku();
    }

    @Override
    public Set<String> existingKeys(Collection<String> keys) {
        return products.existingSkus(keys);
    }

    /** A barcode may appear once in the file and must not belong to a product with another SKU. */
    @Override
    public List<RowProblem> check(List<ImportRow<ProductImport>> validRows) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        List<ImportRow<ProductImport>> withBarcode = new ArrayList<>();
        for (ImportRow<ProductImport> row : validRows) {
            String barcode = Objects.requireNonNull(row.value()).barcode();
            if (barcode == null) {
                continue;
            }
            Long first = firstLine.putIfAbsent(barcode, row.line());
            if (first != null) {
                problems.add(new RowProblem(row.line(), "error.product.import.barcode-repeated", List.of(barcode, first)));
            } else {
                withBarcode.add(row);
            }
        }
        Map<String, String> owners = new HashMap<>();
        List<String> barcodes = withBarcode.stream().map(row -> Objects.requireNonNull(row.value().barcode())).toList();
        for (int from = 0; from < barcodes.size(); from += 1_000) {
            owners.putAll(products.barcodeOwners(barcodes.subList(from, Math.min(barcodes.size(), from + 1_000))));
        }
        for (ImportRow<ProductImport> row : withBarcode) {
            ProductImport value = Objects.requireNonNull(row.value());
            String owner = owners.get(value.barcode());
            if (owner != null && !owner.equals(value.sku())) {
                problems.add(new RowProblem(row.line(), "error.product.barcode-taken", List.of(value.barcode(), owner)));
            }
        }
        return problems;
    }

    @Override
    public void write(List<ProductImport> created, List<ProductImport> updated) {
        products.importBatch(created, updated);
    }
}
