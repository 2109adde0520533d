package id.orderan.customer;

import id.orderan.base.BusinessException;
import id.orderan.security.AppRoles;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Buyers: creation with a normalised phone, lookup for orders, and the customer list. */
@Service
public class CustomerService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final CustomerRepository customers;
    private final Clock clock;

    CustomerService(CustomerRepository customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "')")
    public Customer create(CustomerCommand command) {
        var customer = new Customer(command.name(), command.category(), clock.instant());
        apply(customer, command);
        return customers.save(customer);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Customer get(long id) {
        return customers.findById(id).orElseThrow(() -> new BusinessException("error.customer.not-found", id));
    }

    /** For pickers: a name prefix or word, or a phone number in any form. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Customer> search(String term, int limit) {
        String trimmed = term.trim();
        PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, 100)), Sort.by("name", "id"));
        if (trimmed.isEmpty()) {
            return customers.findAll(page).getContent();
        }
        return PhoneNumber.searchPrefix(trimmed)
                .map(prefix -> customers.findByPhoneStartingWith(prefix, page))
                .orElseGet(() -> customers.findByNameContainingIgnoreCase(trimmed, page));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Customer> page(int offset, int limit) {
        return customers.findAll(PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1),
                Sort.by("name", "id"))).getContent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long count() {
        return customers.count();
    }

    private void apply(Customer customer, CustomerCommand command) {
        String name = command.name().trim();
        if (name.isEmpty()) {
            throw new BusinessException("error.customer.name-required");
        }
        @Nullable String phone = null;
        if (command.phone() != null && !command.phone().isBlank()) {
            phone = PhoneNumber.normalize(command.phone())
                    .orElseThrow(() -> new BusinessException("error.customer.phone-invalid", command.phone()));
        }
        @Nullable String email = null;
        if (command.email() != null && !command.email().isBlank()) {
            email = command.email().trim().toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                throw new BusinessException("error.customer.email-invalid", command.email());
            }
        }
        customer.update(name, command.category(), phone, email, command.address(), clock.instant());
    }
}
