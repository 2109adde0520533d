package id.orderan.followup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByOrderIdOrderBySentAtDesc(long orderId);
}
