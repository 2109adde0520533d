package id.orderan.order;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A row of the courier list; {@code services} is stored comma-separated (a short suggestion list). */
@Entity
@Table(name = "courier")
class CourierEntry extends AbstractEntity {

    @Column(nullable = false, length = 30, updatable = false)
    String code = "";

    @Column(nullable = false, length = 60)
    String name = "";

    @Column(nullable = false, length = 500)
    String services = "";

    @Column(name = "tracking_url_template", length = 500)
    @Nullable String trackingUrlTemplate;

    @Column(name = "template_verified", nullable = false)
    boolean templateVerified;

    @Column(nullable = false)
    boolean active = true;

    @Column(nullable = false)
    int position;

    @Column(name = "updated_by", nullable = false, length = 50)
    String updatedBy = "";

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt = Instant.EPOCH;

    @Version
    long version;

    CourierDetails toDetails() {
        List<String> list = services.isBlank() ? List.of()
                : Arrays.stream(services.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new CourierDetails(Courier.of(code, name), list, trackingUrlTemplate, templateVerified, active,
                position, version, updatedBy, updatedAt);
    }
}
