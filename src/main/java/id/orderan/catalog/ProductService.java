package id.orderan.catalog;

import id.orderan.base.BusinessException;
import id.orderan.security.AppRoles;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The seller's products and their stock. */
@Service
public class ProductService {

    private final ProductRepository products;
    private final Clock clock;

    private final boolean allowNegativeStock;

    ProductService(ProductRepository products, Clock clock,
            @Value("${orderan.stock.allow-negative:false}") boolean allowNegativeStock) {
        this.products = products;
        this.clock = clock;
        this.allowNegativeStock = allowNegativeStock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "')")
    public Product create(ProductCommand command) {
        String sku = command.sku().trim().toUpperCase(Locale.ROOT);
        if (!sku.matches("[A-Z0-9-]{2,40}")) {
            throw new BusinessException("error.product.sku-invalid", command.sku());
        }
        if (command.name().isBlank()) {
            throw new BusinessException("error.product.name-required");
        }
        if (command.price() < 0 || command.weightGrams() < 0) {
            throw new BusinessException("error.product.negative");
        }
        if (products.findBySku(sku).isPresent()) {
            throw new BusinessException("error.product.sku-taken", sku);
        }
        return products.save(new Product(sku, command.name().trim(), command.price(), command.weightGrams(),
                command.stock(), clock.instant()));
    }

    /**
     * Takes stock for an order: all lines or none. The check and the decrement are one UPDATE per
     * product, so two orders racing for the last item cannot both get it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "')")
    public void reserve(Map<Long, Integer> quantities) {
        quantities.forEach((productId, quantity) -> {
            int updated = allowNegativeStock
                    ? products.takeStockAllowingNegative(productId, quantity)
                    : products.takeStock(productId, quantity);
            if (updated == 0) {
                Product product = products.findById(productId)
                        .orElseThrow(() -> new BusinessException("error.order.product-not-found", productId));
                // the entity may be cached from before the update: ask the table for what is left now
                throw new BusinessException("error.order.stock-insufficient", product.getName(),
                        products.currentStock(productId), quantity);
            }
        });
    }

    /** Puts stock back (cancelled order, or a retur that goes back on the shelf). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void release(Map<Long, Integer> quantities) {
        quantities.forEach(products::returnStock);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Product> search(String term, int limit) {
        String like = term.trim().toUpperCase(Locale.ROOT) + "%";
        return products.search(like, "%" + term.trim().toLowerCase(Locale.ROOT) + "%",
                PageRequest.of(0, Math.max(1, Math.min(limit, 100))));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Product> findAllById(Collection<Long> ids) {
        return products.findAllById(ids);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Product> page(int offset, int limit) {
        int size = Math.max(limit, 1);
        return products.findAll(PageRequest.of(offset / size, size, Sort.by("name", "id"))).getContent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long count() {
        return products.count();
    }
}
