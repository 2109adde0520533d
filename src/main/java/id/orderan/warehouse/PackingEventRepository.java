package id.orderan.warehouse;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PackingEventRepository extends JpaRepository<PackingEvent, Long> {

    /** ix_packing_event_order. */
    List<PackingEvent> findByOrderIdOrderByRecordedAtAsc(long orderId);
}
