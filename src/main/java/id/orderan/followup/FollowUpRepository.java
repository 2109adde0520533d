package id.orderan.followup;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByOrderIdOrderBySentAtDesc(long orderId);

    long countByOrderIdAndStateInAndStageIn(long orderId, Collection<FollowUpState> states,
            Collection<FollowUpStage> stages);

    @Query("select f.state, count(f) from FollowUp f where f.id in :ids group by f.state")
    List<Object[]> countByState(Collection<Long> ids);

    /**
     * Emails due and not held by a live lease: PENDING ones, and SENDING ones whose node stopped
     * renewing (it died mid-send). Rows another node is claiming right now are skipped, not waited for
     * (MariaDB 10.6+).
     */
    @Query(value = """
            SELECT id FROM follow_up
            WHERE state IN ('PENDING', 'SENDING') AND next_attempt_at <= :now
              AND (lease_until IS NULL OR lease_until < :now)
            ORDER BY next_attempt_at, id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<Long> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    /** The claim itself; the version moves so that a retry holding the old row sees the change. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "UPDATE follow_up SET claimed_by = :node, lease_until = :until, version = version + 1"
            + " WHERE id IN (:ids)", nativeQuery = true)
    int claim(@Param("ids") Collection<Long> ids, @Param("node") String node, @Param("until") Instant until);

    /** Claimed but not started: back to anyone. SENDING rows keep their lease (they may have gone out). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "UPDATE follow_up SET claimed_by = NULL, lease_until = NULL, version = version + 1"
            + " WHERE claimed_by = :node AND state = 'PENDING'", nativeQuery = true)
    int release(@Param("node") String node);
}
