package id.orderan.payment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<Payment, Long> {

    List<Payment> findByOrderIdOrderByPaidAtAsc(long orderId);
}
