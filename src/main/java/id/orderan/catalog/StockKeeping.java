package id.orderan.catalog;

import id.orderan.base.BusinessException;
import id.orderan.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stock movements: what staff record (goods in, write-offs, counts) and what orders take and give
 * back. Package-private: {@link ProductService} is the transaction and security boundary that calls it.
 *
 * @see <a href="../../../../../../docs/decisions/0010-stock-movements.md">0010 stock movements</a>
 */
@Component
class StockKeeping {

    private static final int MAX_NOTE = 500;

    private final ProductRows rows;
    private final StockLedger ledger;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean allowNegativeStock;

    StockKeeping(ProductRows rows, StockLedger ledger, CurrentUser currentUser, Clock clock,
            @Value("${orderan.stock.allow-negative:false}") boolean allowNegativeStock) {
        this.rows = rows;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.clock = clock;
        this.allowNegativeStock = allowNegativeStock;
    }

    /** Stok masuk: goods arrived. */
    StockMovementRow receive(long productId, int quantity, @Nullable String note) {
        requirePositive(quantity);
        return move(productId, quantity, StockReason.STOK_MASUK, note);
    }

    /** Rusak/hilang: damaged or lost goods leave the stock. */
    StockMovementRow writeOff(long productId, int quantity, @Nullable String note) {
        requirePositive(quantity);
        return move(productId, -quantity, StockReason.RUSAK_HILANG, note);
    }

    /**
     * Koreksi hitung: staff counted the shelf. The difference to the stock is computed under a row
     * lock, so an order taking stock while the count is saved is neither lost nor counted twice. A
     * count that matches is recorded too (the history shows when stock was last checked).
     */
    StockMovementRow recordCount(long productId, int countedQuantity, @Nullable String note) {
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
    void reserve(String orderNumber, Map<Long, Integer> quantities) {
        String actor = currentUser.actorName();
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
    void release(String orderNumber, Map<Long, Integer> quantities, StockReason reason) {
        if (reason != StockReason.CANCEL && reason != StockReason.RETUR && reason != StockReason.ORDER) {
            throw new IllegalArgumentException("Not an order reason: " + reason);
        }
        String actor = currentUser.actorName();
        Instant now = clock.instant();
        new TreeMap<>(quantities).forEach((productId, quantity) -> {
            if (quantity != 0 && ledger.change(productId, quantity, true)) {
                ledger.record(productId, quantity, reason, orderNumber, null, actor, now);
            }
        });
    }

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
        ledger.record(productId, delta, reason, null, text, currentUser.actorName(), clock.instant());
        return ledger.latest(productId);
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new BusinessException("error.stock.quantity-positive");
        }
    }
}
