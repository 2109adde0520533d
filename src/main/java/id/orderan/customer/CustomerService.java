package id.orderan.customer;

import id.orderan.base.Address;
import id.orderan.base.BusinessException;
import id.orderan.base.TransactionConfig;
import id.orderan.security.AppRoles;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buyers: create and edit with normalised phones and checked areas, lookup by phone (for orders and
 * imports), and the Pelanggan list's search. Customers are the business of ADMIN and CS only: the
 * warehouse reads names and ship-to addresses from the orders it packs, never from here.
 *
 * @see <a href="../../../../../../docs/decisions/0022-customer-roles.md">0022</a>
 */
@Service
@PreAuthorize(CustomerService.STAFF)
public class CustomerService {

    static final String STAFF = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "')";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    private final CustomerRepository customers;
    private final CustomerSearch search;
    private final AreaService areas;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CustomerService(CustomerRepository customers, CustomerSearch search, AreaService areas, JdbcTemplate jdbc,
            Clock clock) {
        this.customers = customers;
        this.search = search;
        this.areas = areas;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new customer. Another customer with the same number is allowed (see {@link #othersWithPhone}). */
    @Transactional
    public Customer create(CustomerCommand command) {
        var customer = new Customer(command.name(), command.category(), clock.instant());
        apply(customer, command);
        Customer saved = customers.saveAndFlush(customer);
        indexWords(saved);
        return saved;
    }

    /**
     * Saves an edit made on the customer as loaded at {@code expectedVersion}; when someone saved in
     * between, nothing changes and the caller is told to reload.
     */
    @Transactional
    public Customer update(long id, long expectedVersion, CustomerCommand command) {
        Customer customer = get(id);
        if (customer.getVersion() != expectedVersion) {
            throw new BusinessException("error.customer.changed", customer.getName());
        }
        apply(customer, command);
        try {
            Customer saved = customers.saveAndFlush(customer);
            indexWords(saved);
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new BusinessException("error.customer.changed", customer.getName());
        }
    }

    /**
     * Recomputes every customer's search words. Saves keep them; this is for customers written by
     * SQL (a bulk load, a restore). ADMIN only.
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public void rebuildSearchWords() {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            CustomerWords.rebuild(connection);
            return null;
        });
    }

    private void indexWords(Customer customer) {
        long id = java.util.Objects.requireNonNull(customer.getId());
        var words = CustomerWords.of(customer.getName(), customer.getEmail(), customer.getAddress().city());
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            CustomerWords.replace(connection, id, words);
            return null;
        });
    }

    @Transactional(readOnly = true)
    public Customer get(long id) {
        return customers.findById(id).orElseThrow(() -> new BusinessException("error.customer.not-found", id));
    }

    /** For imports and the order form: the (oldest) customer with this number, typed in any form. */
    @Transactional(readOnly = true)
    public Optional<Customer> findByPhone(String phone) {
        return PhoneNumber.normalize(phone).flatMap(p -> customers.findByPhoneOrderByIdAsc(p).stream().findFirst());
    }

    /** Other customers already using this number: the form warns, it does not refuse (families share phones). */
    @Transactional(readOnly = true)
    public List<CustomerRow> othersWithPhone(String phone, @Nullable Long exceptId) {
        return PhoneNumber.normalize(phone).stream()
                .flatMap(p -> customers.findByPhoneOrderByIdAsc(p).stream())
                .filter(c -> !java.util.Objects.equals(c.getId(), exceptId))
                .map(CustomerService::row).toList();
    }

    /** For pickers: name or city words, or a phone number in any form. */
    @Transactional(readOnly = true)
    public List<Customer> search(String term, int limit) {
        List<Long> ids = search.page(new CustomerFilter(term, null), 0, Math.max(1, Math.min(limit, 100))).stream()
                .map(CustomerRow::id).toList();
        Map<Long, Customer> byId = customers.findAllById(ids).stream()
                .collect(Collectors.toMap(Customer::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(ids::indexOf)).toList();
    }

    /**
     * A page of the Pelanggan list: by name, or newest first for word searches. Like List Order, read
     * without opening a transaction (one statement after cheap probes; a transaction would add round trips).
     */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC, propagation = Propagation.SUPPORTS)
    public List<CustomerRow> list(CustomerFilter filter, int offset, int limit) {
        return search.page(filter, Math.max(0, offset), Math.max(1, Math.min(limit, 500)));
    }

    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC, propagation = Propagation.SUPPORTS)
    public long count(CustomerFilter filter) {
        return search.count(filter);
    }

    private void apply(Customer customer, CustomerCommand command) {
        String name = command.name().strip();
        if (name.isEmpty()) {
            throw new BusinessException("error.customer.name-required");
        }
        if (name.length() > 120) {
            throw new BusinessException("error.customer.name-too-long", 120);
        }
        @Nullable String phone = phone(command.phone(), "error.customer.phone-invalid");
        @Nullable String email = null;
        if (command.email() != null && !command.email().isBlank()) {
            email = command.email().strip().toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches() || email.length() > 150) {
                throw new BusinessException("error.customer.email-invalid", command.email());
            }
        }
        boolean dropshipper = command.category() == CustomerCategory.DROPSHIPPER;
        @Nullable String dropshipName = dropshipper ? blankToNull(command.dropshipName()) : null;
        @Nullable String dropshipPhone = dropshipper ? phone(command.dropshipPhone(), "error.customer.dropship-phone-invalid")
                : null;
        Address address = areas.resolve(command.address());
        if (address.postalCode() != null && !POSTAL_CODE.matcher(address.postalCode()).matches()) {
            throw new BusinessException("error.customer.postal-code-invalid", address.postalCode());
        }
        customer.update(name, command.category(), phone, email, dropshipName, dropshipPhone, address, clock.instant());
    }

    private static @Nullable String phone(@Nullable String typed, String errorKey) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return PhoneNumber.normalize(typed).orElseThrow(() -> new BusinessException(errorKey, typed));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static CustomerRow row(Customer c) {
        return new CustomerRow(java.util.Objects.requireNonNull(c.getId()), c.getName(), c.getCategory(), c.getPhone(), c.getEmail(),
                c.getAddress().city());
    }
}
