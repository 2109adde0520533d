package id.orderan.warehouse;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface HandoverManifestRepository extends JpaRepository<HandoverManifest, Long> {

    /** Scans, removals and closing of one manifest take turns (two tablets, a double click). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from HandoverManifest m where m.id = :id")
    Optional<HandoverManifest> lockById(long id);

    /** uq_handover_manifest_open_courier. */
    Optional<HandoverManifest> findByOpenCourier(String courier);

    Optional<HandoverManifest> findByNumber(String number);

    /** The primary key, newest first: no filter, so no other index is needed. */
    List<HandoverManifest> findTop20ByOrderByIdDesc();

    /** uq_handover_manifest_number (a prefix range). */
    long countByNumberStartingWith(String prefix);

    /** The closed manifest an order was handed over in (uq_handover_parcel_order, then the primary key). */
    @Query("select m from HandoverManifest m where m.state = id.orderan.warehouse.ManifestState.CLOSED"
            + " and m.id in (select p.manifestId from HandoverParcel p where p.orderId = :orderId)")
    List<HandoverManifest> closedWithOrder(long orderId);
}
