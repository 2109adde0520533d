package id.orderan.warehouse;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PackingRepository extends JpaRepository<Packing, Long> {

    /** The order's packing with its scanned units, in one query (uq_order_packing_order). */
    @EntityGraph(attributePaths = "scanned")
    Optional<Packing> findByOrderId(long orderId);
}
