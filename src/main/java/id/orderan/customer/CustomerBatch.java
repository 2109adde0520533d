package id.orderan.customer;

import id.orderan.base.Address;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Many customers in a few statements, for imports: a JDBC batch of INSERTs and one of UPDATEs, the
 * new ids by number in one query, and the search words of the whole batch in one DELETE and one
 * multi-row INSERT. JPA cannot batch inserts with IDENTITY ids, and 10,000 customers one by one
 * (with their words) would not fit in the 10 seconds an import of that size may take.
 */
@Component
class CustomerBatch {

    /** A customer as stored, for merging an update. */
    record Existing(long id, CustomerCommand values) {}

    /** A customer ready to be written: the rules applied, the address resolved. */
    record Ready(ValidCustomer customer, Address address) {}

    private static final String COLUMNS = "id, name, category, phone, email, street, village, district, city, province,"
            + " postal_code, village_code, dropship_name, dropship_phone";

    private final NamedParameterJdbcTemplate jdbc;

    CustomerBatch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> existingPhones(Collection<String> phones) {
        if (phones.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT phone FROM customer WHERE phone IN (:phones)",
                new MapSqlParameterSource("phones", phones), String.class));
    }

    /**
     * The oldest customer of each number (the one an import updates, like {@link CustomerService#findByPhone}),
     * locked until the transaction ends, in id order so two imports cannot deadlock.
     */
    Map<String, Existing> lockOldestByPhone(Collection<String> phones) {
        Map<String, Existing> found = new HashMap<>();
        if (phones.isEmpty()) {
            return found;
        }
        jdbc.query("SELECT " + COLUMNS + " FROM customer WHERE phone IN (:phones) ORDER BY id FOR UPDATE",
                new MapSqlParameterSource("phones", phones), rs -> {
                    found.putIfAbsent(rs.getString("phone"), new Existing(rs.getLong("id"), values(rs)));
                });
        return found;
    }

    /** The stored values of these customers, by id, in one query (an export page). */
    Map<Long, CustomerCommand> details(Collection<Long> ids) {
        Map<Long, CustomerCommand> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.query("SELECT " + COLUMNS + " FROM customer WHERE id IN (:ids)",
                new MapSqlParameterSource("ids", ids), rs -> {
                    found.put(rs.getLong("id"), values(rs));
                });
        return found;
    }

    /** Inserts and returns the new ids in the same order. Numbers are unique within a batch (the import's key). */
    List<Long> insert(List<Ready> created, Instant now) {
        if (created.isEmpty()) {
            return List.of();
        }
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        SqlParameterSource[] params = created.stream().map(r -> values(r, at)).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("INSERT INTO customer (name, category, phone, email, street, village, district, city, province,"
                + " postal_code, village_code, dropship_name, dropship_phone, created_at, updated_at, version) VALUES"
                + " (:name, :category, :phone, :email, :street, :village, :district, :city, :province, :postalCode,"
                + " :villageCode, :dropshipName, :dropshipPhone, :at, :at, 0)", params);
        // the newest customer of each number is the one just inserted (the numbers did not exist)
        Map<String, Long> newest = new LinkedHashMap<>();
        jdbc.query("SELECT id, phone FROM customer WHERE phone IN (:phones) ORDER BY id",
                new MapSqlParameterSource("phones", created.stream().map(r -> r.customer().phone()).toList()),
                rs -> {
                    newest.put(rs.getString(2), rs.getLong(1));
                });
        return created.stream().map(r -> newest.get(r.customer().phone())).toList();
    }

    /** Updates by id; the version moves on so an edit form opened before refuses its stale save. */
    void update(Map<Long, Ready> updated, Instant now) {
        if (updated.isEmpty()) {
            return;
        }
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        SqlParameterSource[] params = updated.entrySet().stream()
                .map(e -> values(e.getValue(), at).addValue("id", e.getKey())).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("UPDATE customer SET name = :name, category = :category, phone = :phone, email = :email,"
                + " street = :street, village = :village, district = :district, city = :city, province = :province,"
                + " postal_code = :postalCode, village_code = :villageCode, dropship_name = :dropshipName,"
                + " dropship_phone = :dropshipPhone, updated_at = :at, version = version + 1 WHERE id = :id", params);
    }

    /** The search words of these customers, replaced in two statements. */
    void replaceWords(Map<Long, Ready> customers) {
        if (customers.isEmpty()) {
            return;
        }
        Map<Long, Set<String>> words = new LinkedHashMap<>();
        customers.forEach((id, ready) -> words.put(id, CustomerWords.of(ready.customer().name(), ready.customer().email(),
                ready.address().city())));
        jdbc.getJdbcTemplate().execute((ConnectionCallback<@Nullable Void>) connection -> {
            CustomerWords.replaceAll(connection, words);
            return null;
        });
    }

    private static CustomerCommand values(ResultSet rs) throws SQLException {
        var address = new Address(rs.getString("street"), rs.getString("village"), rs.getString("district"),
                rs.getString("city"), rs.getString("province"), rs.getString("postal_code"), rs.getString("village_code"));
        return new CustomerCommand(rs.getString("name"), CustomerCategory.valueOf(rs.getString("category")),
                rs.getString("phone"), rs.getString("email"), rs.getString("dropship_name"), rs.getString("dropship_phone"),
                address);
    }

    private static MapSqlParameterSource values(Ready ready, LocalDateTime at) {
        ValidCustomer c = ready.customer();
        Address a = ready.address();
        return new MapSqlParameterSource("name", c.name()).addValue("category", c.category().name())
                .addValue("phone", c.phone()).addValue("email", c.email()).addValue("street", a.street())
                .addValue("village", a.village()).addValue("district", a.district()).addValue("city", a.city())
                .addValue("province", a.province()).addValue("postalCode", a.postalCode())
                .addValue("villageCode", a.villageCode()).addValue("dropshipName", c.dropshipName())
                .addValue("dropshipPhone", c.dropshipPhone()).addValue("at", at);
    }
}
