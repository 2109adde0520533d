package id.orderan.storefront;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one saved anti-spam settings row (id 1); absent until an admin first saves. */
@Entity
@Table(name = "antispam_setting")
class AntiSpamSettingRow {

    @Id
    private Long id = 1L;

    @Column(name = "min_name_length", nullable = false)
    int minNameLength;

    @Column(name = "min_address_length", nullable = false)
    int minAddressLength;

    @Column(name = "max_per_phone_hour", nullable = false)
    int maxPerPhonePerHour;

    @Column(name = "max_per_address_hour", nullable = false)
    int maxPerAddressPerHour;

    @Column(name = "updated_by", nullable = false, length = 50)
    String updatedBy = "";

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt = Instant.EPOCH;

    @Version
    long version;

    AntiSpamSettings toSettings() {
        return new AntiSpamSettings(minNameLength, minAddressLength, maxPerPhonePerHour, maxPerAddressPerHour,
                version);
    }
}
