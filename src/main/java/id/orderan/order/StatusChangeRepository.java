package id.orderan.order;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    List<StatusChange> findByOrderIdOrderByChangedAtDescIdDesc(long orderId);
}
