package id.orderan.catalog;

import id.orderan.base.BusinessException;
import id.orderan.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Creating, editing, archiving and deleting products, with the checks that keep SKUs and barcodes
 * unique and stale saves out. Package-private: {@link ProductService} is the transaction and security
 * boundary that calls it.
 */
@Component
class ProductWrites {

    private final ProductRepository products;
    private final StockLedger ledger;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProductWrites(ProductRepository products, StockLedger ledger, CurrentUser currentUser, Clock clock) {
        this.products = products;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new product; an opening stock above zero is recorded as a STOK_MASUK movement. */
    Product create(ProductCommand command) {
        ValidProduct valid = ValidProduct.of(command);
        if (command.openingStock() < 0) {
            throw new BusinessException("error.stock.opening-negative");
        }
        requireUnique(valid, null);
        Instant now = clock.instant();
        var product = new Product(valid.sku(), valid.name(), valid.price(), valid.weightGrams(), command.openingStock(),
                now);
        product.describe(valid, currentUser.actorName(), now);
        Product saved = saveUnique(product, valid);
        if (command.openingStock() > 0) {
            // the row holds the opening stock already: the movement only reads it as its stock_after
            ledger.record(Objects.requireNonNull(saved.getId()), command.openingStock(), StockReason.STOK_MASUK, null,
                    null, currentUser.actorName(), now);
        }
        return saved;
    }

    /**
     * Edits a product loaded at {@code expectedVersion}; a stale save changes nothing and names who
     * saved in between. {@code openingStock} is ignored: stock changes only through movements.
     */
    void update(long id, long expectedVersion, ProductCommand command) {
        Product product = current(id, expectedVersion);
        ValidProduct valid = ValidProduct.of(command);
        requireUnique(valid, id);
        product.describe(valid, currentUser.actorName(), clock.instant());
        saveUnique(product, valid);
    }

    /** Archive ({@code false}) or bring back ({@code true}); archived products keep their history. */
    void setActive(long id, long expectedVersion, boolean active) {
        Product product = current(id, expectedVersion);
        product.activate(active, currentUser.actorName(), clock.instant());
        flush(product);
    }

    /** Only a product no order ever took: anything else is archived instead, so old orders keep it. */
    void delete(long id, long expectedVersion) {
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
}
