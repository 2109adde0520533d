package id.orderan.shipping;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShipmentRepository extends JpaRepository<Shipment, Long> {

    List<Shipment> findByOrderId(long orderId);

    List<Shipment> findByOrderIdIn(Collection<Long> orderIds);

    Optional<Shipment> findFirstByOrderIdOrderByIdDesc(long orderId);

    List<Shipment> findByResiAndOrderIdNot(String resi, long orderId);

    List<Shipment> findByResiIn(Collection<String> resis);
}
