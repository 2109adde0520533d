package id.orderan.followup;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByOrderIdOrderBySentAtDesc(long orderId);

    long countByOrderIdAndStateAndStageIn(long orderId, FollowUpState state, Collection<FollowUpStage> stages);

    /** Per order: how many reminders went out and when the last one did (one query for a grid page). */
    @Query("select f.orderId, count(f), max(f.sentAt) from FollowUp f where f.orderId in :orderIds"
            + " and f.state = id.orderan.followup.FollowUpState.SENT group by f.orderId")
    List<Object[]> summaries(Collection<Long> orderIds);
}
