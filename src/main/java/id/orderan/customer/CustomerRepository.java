package id.orderan.customer;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    List<Customer> findByPhoneStartingWith(String prefix, Pageable page);

    /** Fine for pickers: the customer table is small (thousands to tens of thousands). */
    List<Customer> findByNameContainingIgnoreCase(String part, Pageable page);
}
