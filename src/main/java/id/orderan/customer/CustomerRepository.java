package id.orderan.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    /** Oldest first: an import matching by number updates the customer who had it first. */
    List<Customer> findByPhoneOrderByIdAsc(String normalizedPhone);
}
