package id.orderan.customer;

import id.orderan.base.Address;
import id.orderan.base.BusinessException;
import id.orderan.base.TransactionConfig;
import id.orderan.base.dataio.ProgressListener;
import id.orderan.base.dataio.TableWriter;
import id.orderan.security.Permissions;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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

    static final String STAFF = Permissions.SERVES_CUSTOMERS;
    private static final int EXPORT_PAGE = 1_000;

    private final CustomerRepository customers;
    private final CustomerSearch search;
    private final CustomerBatch batch;
    private final AreaMatcher areaMatcher;
    private final AreaService areas;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CustomerService(CustomerRepository customers, CustomerSearch search, CustomerBatch batch, AreaMatcher areaMatcher,
            AreaService areas, JdbcTemplate jdbc, Clock clock) {
        this.customers = customers;
        this.search = search;
        this.batch = batch;
        this.areaMatcher = areaMatcher;
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
     * The buyer of an order placed on a storefront page: the (oldest) customer with this WhatsApp
     * number, or a new one in category Umum. An existing record is not changed by what a buyer types
     * (the order keeps its own ship-to); staff decide whether the customer's data should follow.
     */
    @Transactional
    @PreAuthorize(Permissions.BUYER)
    public Customer forBuyer(String name, String phone, @Nullable String email, Address address) {
        return findByPhone(phone).orElseGet(() -> create(new CustomerCommand(name, CustomerCategory.UMUM, phone,
                email == null || email.isBlank() ? null : email.strip(), null, null, address)));
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
    @PreAuthorize(Permissions.ADMINISTERS)
    public void rebuildSearchWords() {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            CustomerWords.rebuild(connection);
            return null;
        });
    }

    private void indexWords(Customer customer) {
        long id = Objects.requireNonNull(customer.getId());
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
                .filter(c -> !Objects.equals(c.getId(), exceptId))
                .map(CustomerService::row).toList();
    }

    /** For pickers: name or city words, or a phone number in any form. */
    @Transactional(readOnly = true)
    public List<Customer> search(String term, int limit) {
        List<Long> ids = search.page(new CustomerFilter(term, null), 0, Math.max(1, Math.min(limit, 100))).stream()
                .map(CustomerRow::id).toList();
        Map<Long, Customer> byId = customers.findAllById(ids).stream()
                .collect(Collectors.toMap(Customer::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull)
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
        ValidCustomer valid = ValidCustomer.of(command);
        Address address = ValidCustomer.requirePostalCode(areas.resolve(command.address()));
        customer.update(valid.name(), valid.category(), valid.phone(), valid.email(), valid.dropshipName(),
                valid.dropshipPhone(), address, clock.instant());
    }

    // ---- import and export ---------------------------------------------------------------------

    /**
     * One batch of a CSV import, all or nothing (ADMIN): creates {@code created} and updates the
     * oldest customer of each number in {@code updated} with the row's non-blank values. Every row
     * passes the same rules as the form ({@link ValidCustomer}); kelurahan and kecamatan found in the
     * area data give the address its village (all four levels spelled as the area data does),
     * anything else is kept as typed. Search words are kept for all of them. A few statements per
     * batch, not per row.
     *
     * @see <a href="../../../../../../docs/decisions/0060-product-and-customer-files.md">0060 product and customer files</a>
     */
    @Transactional
    @PreAuthorize(Permissions.ADMINISTERS)
    public void importBatch(List<CustomerImport> created, List<CustomerImport> updated) {
        if (created.isEmpty() && updated.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<CustomerCommand> commands = new ArrayList<>();
        List<Boolean> match = new ArrayList<>();
        created.forEach(row -> {
            commands.add(row.forCreate());
            match.add(true);
        });
        Map<String, CustomerBatch.Existing> current = batch.lockOldestByPhone(updated.stream()
                .map(row -> ValidCustomer.phone(row.phone(), "error.customer.phone-invalid")).toList());
        List<Long> updatedIds = new ArrayList<>();
        for (CustomerImport row : updated) {
            CustomerBatch.Existing existing = current.get(ValidCustomer.phone(row.phone(), "error.customer.phone-invalid"));
            if (existing == null) {
                throw new BusinessException("error.customer.import.gone", PhoneNumber.display(row.phone()));
            }
            commands.add(row.over(existing.values()));
            match.add(row.namesArea());
            updatedIds.add(existing.id());
        }
        // rows that name an area are looked up in the area data, the others keep the address they have
        List<Address> toMatch = new ArrayList<>();
        Map<Integer, Integer> lookupOfRow = new HashMap<>();
        for (int i = 0; i < commands.size(); i++) {
            if (match.get(i)) {
                lookupOfRow.put(i, toMatch.size());
                toMatch.add(commands.get(i).address().trimmed());
            }
        }
        Map<Integer, Area> found = areaMatcher.match(toMatch);
        List<CustomerBatch.Ready> ready = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            CustomerCommand command = commands.get(i);
            Address address = command.address().trimmed();
            Integer lookup = lookupOfRow.get(i);
            @Nullable Area area = lookup == null ? null : found.get(lookup);
            if (area != null) {
                address = area.fill(address.street(), address.postalCode());
            }
            ready.add(new CustomerBatch.Ready(ValidCustomer.of(command), ValidCustomer.requirePostalCode(address)));
        }
        List<CustomerBatch.Ready> news = ready.subList(0, created.size());
        List<Long> newIds = batch.insert(news, now);
        Map<Long, CustomerBatch.Ready> edits = new LinkedHashMap<>();
        for (int i = 0; i < updatedIds.size(); i++) {
            edits.put(updatedIds.get(i), ready.get(created.size() + i));
        }
        batch.update(edits, now);
        Map<Long, CustomerBatch.Ready> words = new LinkedHashMap<>(edits);
        for (int i = 0; i < newIds.size(); i++) {
            words.put(newIds.get(i), news.get(i));
        }
        batch.replaceWords(words);
    }

    /** Which of these numbers ({@code 62…}) some customer has: one query (the import asks per 1,000). */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.ADMINISTERS)
    public Set<String> existingPhones(Collection<String> phones) {
        return batch.existingPhones(phones);
    }

    /**
     * Writes the Pelanggan list as searched and filtered, in its order, with the columns of
     * {@link CustomerColumns} (the import reads the same file back): pages of 1,000 ids from the list's
     * own search, then one query for their details; no transaction around it, so nothing is held
     * while the file is written.
     */
    @Transactional(readOnly = true, propagation = Propagation.NOT_SUPPORTED)
    public void export(CustomerFilter filter, TableWriter writer,
            ProgressListener progress) throws IOException {
        writer.header(CustomerColumns.ALL);
        long total = search.count(filter);
        progress.progress(0, total);
        long done = 0;
        for (int offset = 0; ; offset += EXPORT_PAGE) {
            List<Long> ids = search.page(filter, offset, EXPORT_PAGE).stream().map(CustomerRow::id).toList();
            Map<Long, CustomerCommand> details = batch.details(ids);
            for (Long id : ids) {
                CustomerCommand c = details.get(id);
                if (c == null) {
                    continue; // deleted since the page was read
                }
                Address a = c.address();
                writer.row(Arrays.asList(c.name(), CustomerColumns.category(c.category()),
                        c.phone() == null ? null : PhoneNumber.display(c.phone()), c.email(), a.street(), a.village(),
                        a.district(), a.city(), a.province(), a.postalCode(), c.dropshipName(),
                        c.dropshipPhone() == null ? null : PhoneNumber.display(c.dropshipPhone())));
            }
            done += ids.size();
            progress.progress(done, Math.max(total, done));
            if (ids.size() < EXPORT_PAGE) {
                return;
            }
        }
    }

    private static CustomerRow row(Customer c) {
        return new CustomerRow(Objects.requireNonNull(c.getId()), c.getName(), c.getCategory(), c.getPhone(), c.getEmail(),
                c.getAddress().city());
    }
}
