package id.orderan.shipping;

import id.orderan.base.AbstractEntity;
import id.orderan.order.Courier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A tracking URL template an admin saved for a courier; couriers nobody saved use the built-in,
 * unverified default and have no row. A null template is "no tracking link", chosen on purpose.
 */
@Entity
@Table(name = "courier_tracking")
class CourierTracking extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    Courier courier = Courier.LAINNYA;

    @Column(name = "url_template", length = 500)
    @Nullable String urlTemplate;

    @Column(name = "updated_by", nullable = false, length = 50)
    String updatedBy = "";

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt = Instant.EPOCH;

    @Version
    long version;

    TrackingTemplate toTemplate() {
        return new TrackingTemplate(courier, urlTemplate, false, version, updatedBy, updatedAt);
    }
}
