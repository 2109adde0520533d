package id.orderan.storefront;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderFormRepository extends JpaRepository<OrderForm, Long> {

    Optional<OrderForm> findBySlug(String slug);

    List<OrderForm> findAllByOrderByTitleAsc();
}
