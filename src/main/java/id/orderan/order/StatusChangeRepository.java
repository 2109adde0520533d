package id.orderan.order;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    @EntityGraph(attributePaths = "fields")
    List<StatusChange> findByOrderIdOrderByChangedAtDescIdDesc(long orderId);
}
