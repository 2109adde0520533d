package id.orderan.catalog;

import id.orderan.base.BusinessException;
import id.orderan.base.dataio.ProgressListener;
import id.orderan.base.dataio.TableWriter;
import id.orderan.security.CurrentUser;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Products in and out of files: the batches of a CSV import and the Produk export. Package-private:
 * {@link ProductService} is the transaction and security boundary that calls it (and decides whether
 * the export carries prices).
 */
@Component
class ProductFiles {

    private static final int EXPORT_PAGE = 1_000;

    private final ProductRows rows;
    private final ProductBatch batch;
    private final StockLedger ledger;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProductFiles(ProductRows rows, ProductBatch batch, StockLedger ledger, CurrentUser currentUser, Clock clock) {
        this.rows = rows;
        this.batch = batch;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * One batch of a CSV import, all or nothing: creates {@code created} (an opening stock becomes a
     * STOK_MASUK movement, as in {@link ProductService#create}) and updates the products with the SKUs of
     * {@code updated} (blank values keep what the product has; stock is never written). Every row
     * passes the form's rules; a SKU or barcode another product has refuses the batch with the
     * row's reason (the import then retries row by row). A few statements per batch, not per row.
     *
     * @see <a href="../../../../../../docs/decisions/0060-product-and-customer-files.md">0060 product and customer files</a>
     */
    void importBatch(List<ProductImport> created, List<ProductImport> updated) {
        if (created.isEmpty() && updated.isEmpty()) {
            return;
        }
        String actor = currentUser.actorName();
        Instant now = clock.instant();
        List<ProductBatch.NewProduct> news = created.stream().map(row -> {
            ProductCommand command = row.forCreate();
            if (command.openingStock() < 0) {
                throw new BusinessException("error.stock.opening-negative");
            }
            return new ProductBatch.NewProduct(ValidProduct.of(command), command.openingStock());
        }).toList();
        Map<String, ProductRow> current = batch.lockBySkus(updated.stream()
                .map(row -> ValidProduct.of(row.forCreate()).sku()).toList());
        List<ValidProduct> edits = updated.stream().map(row -> {
            ProductRow existing = current.get(ValidProduct.of(row.forCreate()).sku());
            if (existing == null) {
                throw new BusinessException("error.product.import.gone", row.sku());
            }
            return ValidProduct.of(row.over(existing));
        }).toList();
        requireUniqueBarcodes(news.stream().map(ProductBatch.NewProduct::product).toList(), edits);
        try {
            batch.insert(news, actor, now);
            batch.update(edits, actor, now);
        } catch (DataIntegrityViolationException e) {
            // two imports or an admin at the form took the same code a moment ago: the unique indexes decide
            String message = String.valueOf(e.getMostSpecificCause().getMessage());
            ValidProduct first = news.isEmpty() ? edits.getFirst() : news.getFirst().product();
            throw message.contains("uk_product_barcode")
                    ? new BusinessException("error.product.barcode-taken", Objects.toString(first.barcode(), "?"), "?")
                    : new BusinessException("error.product.sku-taken", first.sku());
        }
        ledger.recordOpening(news.stream().filter(n -> n.openingStock() > 0).map(n -> n.product().sku()).toList(),
                actor, now);
    }

    private void requireUniqueBarcodes(List<ValidProduct> news, List<ValidProduct> edits) {
        List<ValidProduct> all = new ArrayList<>(news);
        all.addAll(edits);
        Map<String, String> owners = batch.barcodeOwners(all.stream().map(ValidProduct::barcode)
                .filter(Objects::nonNull).distinct().toList());
        Map<String, String> inBatch = new HashMap<>();
        for (ValidProduct product : all) {
            String barcode = product.barcode();
            if (barcode == null) {
                continue;
            }
            String owner = owners.get(barcode);
            String earlier = inBatch.putIfAbsent(barcode, product.sku());
            if (owner != null && !owner.equals(product.sku())) {
                throw new BusinessException("error.product.barcode-taken", barcode, owner);
            }
            if (earlier != null) {
                throw new BusinessException("error.product.barcode-taken", barcode, earlier);
            }
        }
    }

    /**
     * Writes the products of the Produk list as filtered and sorted, with the columns of
     * {@link ProductColumns} (the import reads the same file back). Without the right to see money
     * (GUDANG) there is no Harga column: decided here, not in the view. Pages of {@value #EXPORT_PAGE}
     * rows without a surrounding transaction, so nothing is held while the file is written.
     */
    void export(ProductFilter filter, ProductSort sort, TableWriter writer, ProgressListener progress, boolean money)
            throws IOException {
        List<String> header = new ArrayList<>(List.of(ProductColumns.SKU, ProductColumns.NAME));
        if (money) {
            header.add(ProductColumns.PRICE);
        }
        header.addAll(List.of(ProductColumns.WEIGHT, ProductColumns.STOCK, ProductColumns.BARCODE,
                ProductColumns.LOCATION, ProductColumns.LOW_STOCK_THRESHOLD, ProductColumns.ON_ORDER_FORM,
                ProductColumns.ACTIVE));
        writer.header(header);
        long total = rows.count(filter);
        progress.progress(0, total);
        long done = 0;
        for (int offset = 0; ; offset += EXPORT_PAGE) {
            List<ProductRow> page = rows.page(filter, sort, offset, EXPORT_PAGE);
            for (ProductRow row : page) {
                List<@Nullable Object> cells = new ArrayList<>(header.size());
                cells.add(row.sku());
                cells.add(row.name());
                if (money) {
                    cells.add(row.price());
                }
                cells.addAll(Arrays.asList(row.weightGrams(), row.stock(), row.barcode(), row.location(),
                        row.lowStockThreshold(), yesNo(row.showOnOrderForm()), yesNo(row.active())));
                writer.row(cells);
            }
            done += page.size();
            progress.progress(done, Math.max(total, done));
            if (page.size() < EXPORT_PAGE) {
                return;
            }
        }
    }

    /** Words the import reads back; data in the file, so Indonesian for every user (see {@link ProductColumns}). */
    private static String yesNo(boolean value) {
        return value ? "Ya" : "Tidak";
    }
}
