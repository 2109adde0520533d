package id.orderan.catalog;

import id.orderan.base.BusinessException;
import id.orderan.security.AppRoles;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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

    ProductService(ProductRepository products, Clock clock) {
        this.products = products;
        this.clock = clock;
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
