package id.orderan.warehouse;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HandoverParcelRepository extends JpaRepository<HandoverParcel, Long> {

    /** ix_handover_parcel_manifest. */
    List<HandoverParcel> findByManifestIdOrderByIdDesc(long manifestId);

    /** uq_handover_parcel_order. */
    Optional<HandoverParcel> findByOrderId(long orderId);

    Optional<HandoverParcel> findByManifestIdAndOrderId(long manifestId, long orderId);
}
