package id.orderan.shipping;

import id.orderan.order.Courier;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourierTrackingRepository extends JpaRepository<CourierTracking, Long> {

    Optional<CourierTracking> findByCourier(Courier courier);
}
