package id.orderan.catalog;

import id.orderan.base.BusinessException;
import id.orderan.base.TransactionConfig;
import id.orderan.base.dataio.ProgressListener;
import id.orderan.base.dataio.TableWriter;
import id.orderan.security.CurrentUser;
import id.orderan.security.Permissions;
import id.orderan.security.Role;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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
 */
@Service
public class ProductService {

    private static final String ADMIN = Permissions.ADMINISTERS;
    private static final String MONEY = Permissions.SEES_MONEY;
    private static final String STOCK_KEEPERS = Permissions.SHIPS;
    private static final int MAX_PAGE = 500;
    private static final int MAX_NOTE = 500;
    private static final int EXPORT_PAGE = 1_000;

    private final ProductRepository products;
    private final ProductRows rows;
    private final ProductBatch batch;
    private final StockLedger ledger;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean allowNegativeStock;

    ProductService(ProductRepository products, ProductRows rows, ProductBatch batch, StockLedger ledger,
            CurrentUser currentUser, Clock clock, @Value("${orderan.stock.allow-negative:false}") boolean allowNegativeStock) {
        this.products = products;
        this.rows = rows;
        this.batch = batch;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.clock = clock;
        this.allowNegativeStock = allowNegativeStock;
    }

    // ---- products ------------------------------------------------------------------------------

    /** A new product; an opening stock above zero is recorded as a STOK_MASUK movement. */
    @Transactional
    @PreAuthorize(ADMIN)
    public Product create(ProductCommand command) {
        ValidProduct valid = ValidProduct.of(command);
        if (command.openingStock() < 0) {
            throw new BusinessException("error.stock.opening-negative");
        }
        requireUnique(valid, null);
        Instant now = clock.instant();
        var product = new Product(valid.sku(), valid.name(), valid.price(), valid.weightGrams(), command.openingStock(),
                now);
        product.describe(valid, actor(), now);
        Product saved = saveUnique(product, valid);
        if (command.openingStock() > 0) {
            // the row holds the opening stock already: the movement only reads it as its stock_after
            ledger.record(Objects.requireNonNull(saved.getId()), command.openingStock(), StockReason.STOK_MASUK, null,
                    null, actor(), now);
        }
        return saved;
    }

    /**
     * Edits a product loaded at {@code expectedVersion}; a stale save changes nothing and names who
     * saved in between. {@code openingStock} is ignored: stock changes only through movements.
     */
    @Transactional
    @PreAuthorize(ADMIN)
    public ProductRow update(long id, long expectedVersion, ProductCommand command) {
        Product product = current(id, expectedVersion);
        ValidProduct valid = ValidProduct.of(command);
        requireUnique(valid, id);
        product.describe(valid, actor(), clock.instant());
        saveUnique(product, valid);
        return row(id);
    }

    /** Archive ({@code false}) or bring back ({@code true}); archived products keep their history. */
    @Transactional
    @PreAuthorize(ADMIN)
    public ProductRow setActive(long id, long expectedVersion, boolean active) {
        Product product = current(id, expectedVersion);
        product.activate(active, actor(), clock.instant());
        flush(product);
        return row(id);
    }

    /** Only a product no order ever took: anything else is archived instead, so old orders keep it. */
    @Transactional
    @PreAuthorize(ADMIN)
    public void delete(long id, long expectedVersion) {
        Product product = current(id, expectedVersion);
        if (ledger.everOrdered(id)) {
            throw new BusinessException("error.product.ordered-archive-instead", product.getSku());
        }
        ledger.forget(id);
        products.delete(product);
        try {
            products.flush();
        } catch (DataIntegrityViolationException e) {
            // an order line from before stock movements existed still points at it
            throw new BusinessException("error.product.ordered-archive-instead", product.getSku());
        }
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
        if (created.isEmpty() && updated.isEmpty()) {
            return;
        }
        String actor = actor();
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
     * (GUDANG) there is no Harga column: decided here, not in the view. Pages of {@value #EXPORT_PAGE}
     * rows without a surrounding transaction, so nothing is held while the file is written.
     */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC,
            propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("isAuthenticated()")
    public void export(ProductFilter filter, ProductSort sort, TableWriter writer, ProgressListener progress)
            throws IOException {
        boolean money = seesMoney();
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

    // ---- stock movements -----------------------------------------------------------------------

    /** Stok masuk: goods arrived. */
    @Transactional
    @PreAuthorize(STOCK_KEEPERS)
    public StockMovementRow receive(long productId, int quantity, @Nullable String note) {
        requirePositive(quantity);
        return move(productId, quantity, StockReason.STOK_MASUK, note);
    }

    /** Rusak/hilang: damaged or lost goods leave the stock. */
    @Transactional
    @PreAuthorize(STOCK_KEEPERS)
    public StockMovementRow writeOff(long productId, int quantity, @Nullable String note) {
        requirePositive(quantity);
        return move(productId, -quantity, StockReason.RUSAK_HILANG, note);
    }

    /**
     * Koreksi hitung: staff counted the shelf. The difference to the stock is computed under a row
     * lock, so an order taking stock while the count is saved is neither lost nor counted twice. A
     * count that matches is recorded too (the history shows when stock was last checked).
     */
    @Transactional
    @PreAuthorize(STOCK_KEEPERS)
    public StockMovementRow recordCount(long productId, int countedQuantity, @Nullable String note) {
        if (countedQuantity < 0) {
            throw new BusinessException("error.stock.count-negative");
        }
        Integer stock = ledger.lockStock(productId);
        if (stock == null) {
            throw new BusinessException("error.order.product-not-found", productId);
        }
        return move(productId, countedQuantity - stock, StockReason.KOREKSI_HITUNG, note);
    }

    /**
     * Takes stock for an order: all lines or none, each recorded as an ORDER movement with the order
     * number. The check and the decrement are one UPDATE per product, so two orders racing for the
     * last item cannot both get it; products are locked in id order so two orders never deadlock.
     */
    @Transactional
    @PreAuthorize(MONEY)
    public void reserve(String orderNumber, Map<Long, Integer> quantities) {
        String actor = actor();
        Instant now = clock.instant();
        new TreeMap<>(quantities).forEach((productId, quantity) -> {
            if (quantity == 0) {
                return;
            }
            if (!ledger.change(productId, -quantity, allowNegativeStock)) {
                ProductRow product = rows.byIds(List.of(productId)).stream().findFirst()
                        .orElseThrow(() -> new BusinessException("error.order.product-not-found", productId));
                throw new BusinessException("error.order.stock-insufficient", product.name(), product.stock(), quantity);
            }
            ledger.record(productId, -quantity, StockReason.ORDER, orderNumber, null, actor, now);
        });
    }

    /**
     * Puts stock back for an order: {@link StockReason#CANCEL}, {@link StockReason#RETUR} (goods back
     * on the shelf) or {@link StockReason#ORDER} (an edit that needs less).
     */
    @Transactional
    @PreAuthorize(MONEY)
    public void release(String orderNumber, Map<Long, Integer> quantities, StockReason reason) {
        if (reason != StockReason.CANCEL && reason != StockReason.RETUR && reason != StockReason.ORDER) {
            throw new IllegalArgumentException("Not an order reason: " + reason);
        }
        String actor = actor();
        Instant now = clock.instant();
        new TreeMap<>(quantities).forEach((productId, quantity) -> {
            if (quantity != 0 && ledger.change(productId, quantity, true)) {
                ledger.record(productId, quantity, reason, orderNumber, null, actor, now);
            }
        });
    }

    // ---- reads ---------------------------------------------------------------------------------

    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize("isAuthenticated()")
    public List<ProductRow> list(ProductFilter filter, ProductSort sort, int offset, int limit) {
        return masked(rows.page(filter, sort, Math.max(offset, 0), Math.clamp(limit, 1, MAX_PAGE)));
    }

    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize("isAuthenticated()")
    public long count(ProductFilter filter) {
        return rows.count(filter);
    }

    /** Every product, archived included (the first-start checklist asks "is there one yet?"). */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize("isAuthenticated()")
    public long count() {
        return rows.count(new ProductFilter("", ProductFilter.Status.SEMUA, false));
    }

    /** Tambah Order's product picker: active products only, by SKU/barcode prefix or name words. */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize("isAuthenticated()")
    public List<ProductRow> search(String term, int limit) {
        return list(new ProductFilter(term, ProductFilter.Status.AKTIF, false), ProductSort.byName(), 0,
                Math.clamp(limit, 1, 100));
    }

    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize("isAuthenticated()")
    public List<ProductRow> findAllById(Collection<Long> ids) {
        return masked(rows.byIds(ids));
    }

    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize("isAuthenticated()")
    public Optional<ProductRow> findById(long id) {
        return findAllById(List.of(id)).stream().findFirst();
    }

    /** For imports and for the product route: the row of a SKU, typed in any case. */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize("isAuthenticated()")
    public Optional<ProductRow> findBySku(String sku) {
        return rows.bySku(sku).map(this::masked);
    }

    /** The stock history, newest first. */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize("isAuthenticated()")
    public List<StockMovementRow> history(long productId, int offset, int limit) {
        return ledger.history(productId, Math.max(offset, 0), Math.clamp(limit, 1, MAX_PAGE));
    }

    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize("isAuthenticated()")
    public long historyCount(long productId) {
        return ledger.historyCount(productId);
    }

    /** Whether an order ever took this product: then it can only be archived, not deleted. */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize("isAuthenticated()")
    public boolean everOrdered(long productId) {
        return ledger.everOrdered(productId);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private StockMovementRow move(long productId, int delta, StockReason reason, @Nullable String note) {
        String text = note == null || note.isBlank() ? null : note.trim();
        if (text != null && text.length() > MAX_NOTE) {
            throw new BusinessException("error.stock.note-too-long", MAX_NOTE);
        }
        if (!ledger.change(productId, delta, allowNegativeStock)) {
            ProductRow product = rows.byIds(List.of(productId)).stream().findFirst()
                    .orElseThrow(() -> new BusinessException("error.order.product-not-found", productId));
            throw new BusinessException("error.stock.negative", product.name(), product.stock(), -delta);
        }
        ledger.record(productId, delta, reason, null, text, actor(), clock.instant());
        return ledger.latest(productId);
    }

    private Product current(long id, long expectedVersion) {
        Product product = products.findById(id)
                .orElseThrow(() -> new BusinessException("error.order.product-not-found", id));
        if (product.getVersion() != expectedVersion) {
            throw changed(product.getSku(), product.getUpdatedBy());
        }
        return product;
    }

    private void requireUnique(ValidProduct valid, @Nullable Long self) {
        products.findBySku(valid.sku()).filter(other -> !Objects.equals(other.getId(), self)).ifPresent(other -> {
            throw new BusinessException("error.product.sku-taken", valid.sku());
        });
        if (valid.barcode() != null) {
            products.findByBarcode(valid.barcode()).filter(other -> !Objects.equals(other.getId(), self))
                    .ifPresent(other -> {
                        throw new BusinessException("error.product.barcode-taken", valid.barcode(), other.getSku());
                    });
        }
    }

    /** The unique indexes have the last word when two admins save the same code at the same moment. */
    private Product saveUnique(Product product, ValidProduct valid) {
        try {
            return flush(product);
        } catch (DataIntegrityViolationException e) {
            String message = String.valueOf(e.getMostSpecificCause().getMessage());
            throw message.contains("uk_product_barcode")
                    ? new BusinessException("error.product.barcode-taken", valid.barcode(), "?")
                    : new BusinessException("error.product.sku-taken", valid.sku());
        }
    }

    private Product flush(Product product) {
        try {
            return products.saveAndFlush(product);
        } catch (OptimisticLockingFailureException e) {
            throw changed(product.getSku(), null);
        }
    }

    private static BusinessException changed(String sku, @Nullable String by) {
        return new BusinessException("error.product.changed-by", sku, Objects.requireNonNullElse(by, "?"));
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new BusinessException("error.stock.quantity-positive");
        }
    }

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
        return currentUser.hasAnyRole(Role.ADMIN, Role.CS);
    }

    private String actor() {
        return currentUser.username().orElse("system");
    }
}
