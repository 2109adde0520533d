package id.orderan.store;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** The one saved store profile (id 1). */
@Entity
@Table(name = "store_profile")
class StoreProfileRow {

    @Id
    private Long id = 1L;

    @Column(nullable = false, length = 120)
    String name = "";

    @Column(length = 500)
    @Nullable String address;

    @Column(length = 30)
    @Nullable String phone;

    @Column(length = 150)
    @Nullable String email;

    @Column(name = "invoice_footer", length = 500)
    @Nullable String invoiceFooter;

    @Column(name = "label_format", nullable = false, length = 20)
    String labelFormat = "100x150";

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(columnDefinition = "LONGBLOB")
    byte @Nullable [] logo;

    @Column(name = "logo_type", length = 20)
    @Nullable String logoType;

    @Version
    long version;
}
