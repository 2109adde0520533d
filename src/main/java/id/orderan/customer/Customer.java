package id.orderan.customer;

import id.orderan.base.AbstractEntity;
import id.orderan.base.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A buyer. The phone is stored normalised ({@code 62…}) so search and wa.me links agree. */
@Entity
@Table(name = "customer")
public class Customer extends AbstractEntity {

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CustomerCategory category;

    @Column(length = 20)
    private @Nullable String phone;

    @Column(length = 150)
    private @Nullable String email;

    /** A dropshipper's own store, printed as the sender on their buyers' labels. */
    @Column(name = "dropship_name", length = 120)
    private @Nullable String dropshipName;

    @Column(name = "dropship_phone", length = 20)
    private @Nullable String dropshipPhone;

    @Embedded
    private @Nullable Address address = Address.empty();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Customer() {
        this("", CustomerCategory.UMUM, Instant.EPOCH);
    }

    Customer(String name, CustomerCategory category, Instant now) {
        this.name = name;
        this.category = category;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String getName() {
        return name;
    }

    public CustomerCategory getCategory() {
        return category;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public @Nullable String getEmail() {
        return email;
    }

    /** Never null: Hibernate loads an embedded address whose columns are all empty as null. */
    public Address getAddress() {
        return address == null ? Address.empty() : address;
    }

    public @Nullable String getDropshipName() {
        return dropshipName;
    }

    public @Nullable String getDropshipPhone() {
        return dropshipPhone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** What an edit must carry back: a save on another version changes nothing. */
    public long getVersion() {
        return version;
    }

    void update(String name, CustomerCategory category, @Nullable String phone, @Nullable String email,
            @Nullable String dropshipName, @Nullable String dropshipPhone, Address address, Instant now) {
        this.name = name;
        this.category = category;
        this.phone = phone;
        this.email = email;
        this.dropshipName = dropshipName;
        this.dropshipPhone = dropshipPhone;
        this.address = address;
        this.updatedAt = now;
    }
}
