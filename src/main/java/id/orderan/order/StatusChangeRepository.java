package id.orderan.order;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    /*
     * The changed fields by a fetch join written out, not an @EntityGraph: Hibernate translates a query
     * with a graph to SQL again on every call (decision 0216), and every order detail view reads this.
     */
    @Query("select c from StatusChange c left join fetch c.fields where c.orderId = :orderId"
            + " order by c.changedAt desc, c.id desc")
    List<StatusChange> findByOrderIdOrderByChangedAtDescIdDesc(long orderId);
}
