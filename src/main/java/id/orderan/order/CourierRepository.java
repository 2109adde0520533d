package id.orderan.order;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourierRepository extends JpaRepository<CourierEntry, Long> {

    Optional<CourierEntry> findByCode(String code);

    List<CourierEntry> findAllByOrderByPositionAscIdAsc();

    @Query("select coalesce(max(c.position), 0) from CourierEntry c")
    int maxPosition();
}
