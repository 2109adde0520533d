package id.orderan.payment;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PaymentConfirmationRepository extends JpaRepository<PaymentConfirmation, Long> {

    List<PaymentConfirmation> findByOrderIdOrderBySubmittedAtDesc(long orderId);

    List<PaymentConfirmation> findByOrderIdAndState(long orderId, ConfirmationState state);

    Optional<PaymentConfirmation> findByIdempotencyKey(String idempotencyKey);

    /** The order a confirmation belongs to, without loading (and caching) the confirmation itself. */
    @Query("select c.orderId from PaymentConfirmation c where c.id = :id")
    Optional<Long> orderIdOf(long id);

    /** Two people deciding at once: the second waits here, then sees the first one's decision. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from PaymentConfirmation c where c.id = :id")
    Optional<PaymentConfirmation> lockById(long id);
}
