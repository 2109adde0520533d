package id.orderan.payment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentConfirmationRepository extends JpaRepository<PaymentConfirmation, Long> {

    List<PaymentConfirmation> findByOrderIdOrderBySubmittedAtDesc(long orderId);
}
