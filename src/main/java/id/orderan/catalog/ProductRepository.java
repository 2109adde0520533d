package id.orderan.catalog;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The product entity for create and edit; rows and stock go through {@link ProductRows} and {@link StockLedger}. */
interface ProductRepository extends JpaRepository<Product, Long> {

    Optional<Product> findBySku(String sku);

    Optional<Product> findByBarcode(String barcode);
}
