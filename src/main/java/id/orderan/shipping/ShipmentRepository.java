package id.orderan.shipping;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShipmentRepository extends JpaRepository<Shipment, Long> {

    List<Shipment> findByOrderId(long orderId);

    List<Shipment> findByResi(String resi);
}
