package id.orderan.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProductRepository extends JpaRepository<Product, Long> {

    Optional<Product> findBySku(String sku);

    @Modifying(flushAutomatically = true)
    @Query("update Product p set p.stock = p.stock - :quantity where p.id = :id and p.stock >= :quantity")
    int takeStock(long id, int quantity);

    @Modifying(flushAutomatically = true)
    @Query("update Product p set p.stock = p.stock - :quantity where p.id = :id")
    int takeStockAllowingNegative(long id, int quantity);

    @Modifying(flushAutomatically = true)
    @Query("update Product p set p.stock = p.stock + :quantity where p.id = :id")
    int returnStock(long id, int quantity);

    @Query("select p.stock from Product p where p.id = :id")
    int currentStock(long id);

    /** SKU prefix or a word inside the name; the catalogue is small (thousands), so this is cheap. */
    @Query("select p from Product p where p.active = true and (upper(p.sku) like :skuPrefix or lower(p.name) like :name)"
            + " order by p.name")
    List<Product> search(String skuPrefix, String name, Pageable page);
}
