package id.orderan.catalog;

import id.orderan.base.TransactionConfig;
import id.orderan.base.dataio.ProgressListener;
import id.orderan.base.dataio.TableWriter;
import id.orderan.security.Permissions;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seller's products and their stock: the transaction and security boundary of the catalogue.
 * ADMIN manages products and prices; CS reads them; GUDANG records stock movements and reads
 * products without prices (every row this service returns to GUDANG has {@code price == null}).
 * Stock changes only through movements (see {@link StockLedger}).
 *
 * @see <a href="../../../../../../docs/decisions/0010-stock-movements.md">0010 stock movements</a>
 * @see <a href="../../../../../../docs/decisions/0121-small-classes-and-service-collaborators.md">0121 one public service, package-private collaborators</a>
 */
@Service
public class ProductService {

    private static final String ADMIN = Permissions.ADMINISTERS;
    private static final String MONEY = Permissions.SEES_MONEY;
    private static final String STOCK_KEEPERS = Permissions.SHIPS;
    private static final int MAX_PAGE = 500;

    private final ProductWrites writes;
    private final ProductRows rows;
    private final ProductBatch batch;
    private final StockLedger ledger;
    private final ProductFiles files;
    private final StockKeeping stock;
    private final Permissions permissions;

    ProductService(ProductWrites writes, ProductRows rows, ProductBatch batch, StockLedger ledger, ProductFiles files,
            StockKeeping stock, Permissions permissions) {
        this.writes = writes;
        this.rows = rows;
        this.batch = batch;
        this.ledger = ledger;
        this.files = files;
        this.stock = stock;
        this.permissions = permissions;
    }

    // ---- products ------------------------------------------------------------------------------

    /** A new product; an opening stock above zero is recorded as a STOK_MASUK movement. */
    @Transactional
    @PreAuthorize(ADMIN)
    public Product create(ProductCommand command) {
        return writes.create(command);
    }

    /**
     * Edits a product loaded at {@code expectedVersion}; a stale save changes nothing and names who
     * saved in between. {@code openingStock} is ignored: stock changes only through movements.
     */
    @Transactional
    @PreAuthorize(ADMIN)
    public ProductRow update(long id, long expectedVersion, ProductCommand command) {
        writes.update(id, expectedVersion, command);
        return row(id);
    }

    /** Archive ({@code false}) or bring back ({@code true}); archived products keep their history. */
    @Transactional
    @PreAuthorize(ADMIN)
    public ProductRow setActive(long id, long expectedVersion, boolean active) {
        writes.setActive(id, expectedVersion, active);
        return row(id);
    }

    /** Only a product no order ever took: anything else is archived instead, so old orders keep it. */
    @Transactional
    @PreAuthorize(ADMIN)
    public void delete(long id, long expectedVersion) {
        writes.delete(id, expectedVersion);
    }

    // ---- import and export ---------------------------------------------------------------------

    /**
     * One batch of a CSV import, all or nothing: creates {@code created} (an opening stock becomes a
     * STOK_MASUK movement, as in {@link #create}) and updates the products with the SKUs of
     * {@code updated} (blank values keep what the product has; stock is never written). Every row
     * passes the form's rules; a SKU or barcode another product has refuses the batch with the
     * row's reason (the import then retries row by row). A few statements per batch, not per row.
     *
     * @see <a href="../../../../../../docs/decisions/0060-product-and-customer-files.md">0060 product and customer files</a>
     */
    @Transactional
    @PreAuthorize(ADMIN)
    public void importBatch(List<ProductImport> created, List<ProductImport> updated) {
        files.importBatch(created, updated);
    }

    /** Which of these SKUs (normalised) exist: one query (the import asks per 1,000). */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize(ADMIN)
    public Set<String> existingSkus(Collection<String> skus) {
        return batch.existingSkus(skus);
    }

    /** Barcode → SKU of the product that has it, for these barcodes: one query. */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize(ADMIN)
    public Map<String, String> barcodeOwners(Collection<String> barcodes) {
        return batch.barcodeOwners(barcodes);
    }

    /**
     * Writes the products of the Produk list as filtered and sorted, with the columns of
     * {@link ProductColumns} (the import reads the same file back). Without the right to see money
     * (GUDANG) there is no Harga column: decided here, not in the view. Pages without a surrounding
     * transaction, so nothing is held while the file is written.
     */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC,
            propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize(Permissions.SIGNED_IN)
    public void export(ProductFilter filter, ProductSort sort, TableWriter writer, ProgressListener progress)
            throws IOException {
        files.export(filter, sort, writer, progress, permissions.maySeeMoney());
    }

    // ---- stock movements -----------------------------------------------------------------------

    /** Stok masuk: goods arrived. */
    @Transactional
    @PreAuthorize(STOCK_KEEPERS)
    public StockMovementRow receive(long productId, int quantity, @Nullable String note) {
        return stock.receive(productId, quantity, note);
    }

    /** Rusak/hilang: damaged or lost goods leave the stock. */
    @Transactional
    @PreAuthorize(STOCK_KEEPERS)
    public StockMovementRow writeOff(long productId, int quantity, @Nullable String note) {
        return stock.writeOff(productId, quantity, note);
    }

    /**
     * Koreksi hitung: staff counted the shelf. The difference to the stock is computed under a row
     * lock, so an order taking stock while the count is saved is neither lost nor counted twice. A
     * count that matches is recorded too (the history shows when stock was last checked).
     */
    @Transactional
    @PreAuthorize(STOCK_KEEPERS)
    public StockMovementRow recordCount(long productId, int countedQuantity, @Nullable String note) {
        return stock.recordCount(productId, countedQuantity, note);
    }

    /**
     * Takes stock for an order: all lines or none, each recorded as an ORDER movement with the order
     * number. The check and the decrement are one UPDATE per product, so two orders racing for the
     * last item cannot both get it; products are locked in id order so two orders never deadlock.
     */
    @Transactional
    @PreAuthorize(Permissions.TAKES_STOCK)
    public void reserve(String orderNumber, Map<Long, Integer> quantities) {
        stock.reserve(orderNumber, quantities);
    }

    /**
     * Puts stock back for an order: {@link StockReason#CANCEL}, {@link StockReason#RETUR} (goods back
     * on the shelf) or {@link StockReason#ORDER} (an edit that needs less).
     */
    @Transactional
    @PreAuthorize(MONEY)
    public void release(String orderNumber, Map<Long, Integer> quantities, StockReason reason) {
        stock.release(orderNumber, quantities, reason);
    }

    // ---- reads ---------------------------------------------------------------------------------

    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<ProductRow> list(ProductFilter filter, ProductSort sort, int offset, int limit) {
        return masked(rows.page(filter, sort, Math.max(offset, 0), Math.clamp(limit, 1, MAX_PAGE)));
    }

    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize(Permissions.SIGNED_IN)
    public long count(ProductFilter filter) {
        return rows.count(filter);
    }

    /** Every product, archived included (the first-start checklist asks "is there one yet?"). */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize(Permissions.SIGNED_IN)
    public long count() {
        return rows.count(new ProductFilter("", ProductFilter.Status.SEMUA, false));
    }

    /** Tambah Order's product picker: active products only, by SKU/barcode prefix or name words. */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<ProductRow> search(String term, int limit) {
        return list(new ProductFilter(term, ProductFilter.Status.AKTIF, false), ProductSort.byName(), 0,
                Math.clamp(limit, 1, 100));
    }

    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<ProductRow> findAllById(Collection<Long> ids) {
        return masked(rows.byIds(ids));
    }

    /**
     * The products an order form offers, with their prices and stock, for the buyer's page and the
     * storefront's price computation (decision 0135); the buyer role sees no other product read.
     */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize(Permissions.BUYER)
    public List<ProductRow> offeredToBuyer(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : rows.byIds(ids);
    }

    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize(Permissions.SIGNED_IN)
    public Optional<ProductRow> findById(long id) {
        return findAllById(List.of(id)).stream().findFirst();
    }

    /** For imports and for the product route: the row of a SKU, typed in any case. */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize(Permissions.SIGNED_IN)
    public Optional<ProductRow> findBySku(String sku) {
        return rows.bySku(sku).map(this::masked);
    }

    /** The stock history, newest first. */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<StockMovementRow> history(long productId, int offset, int limit) {
        return ledger.history(productId, Math.max(offset, 0), Math.clamp(limit, 1, MAX_PAGE));
    }

    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize(Permissions.SIGNED_IN)
    public long historyCount(long productId) {
        return ledger.historyCount(productId);
    }

    /** Whether an order ever took this product: then it can only be archived, not deleted. */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize(Permissions.SIGNED_IN)
    public boolean everOrdered(long productId) {
        return ledger.everOrdered(productId);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private ProductRow row(long id) {
        return rows.byIds(List.of(id)).getFirst();
    }

    private List<ProductRow> masked(List<ProductRow> found) {
        return seesMoney() ? found : found.stream().map(ProductRow::withoutPrice).toList();
    }

    private ProductRow masked(ProductRow row) {
        return seesMoney() ? row : row.withoutPrice();
    }

    private boolean seesMoney() {
        return permissions.maySeeMoney();
    }

}
