package id.orderan.store;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoreBankAccountRepository extends JpaRepository<StoreBankAccountRow, Long> {

    List<StoreBankAccountRow> findByStoreProfileIdOrderByPosition(long storeProfileId);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("DELETE FROM StoreBankAccountRow a WHERE a.storeProfileId = :storeProfileId")
    void deleteByStoreProfile(long storeProfileId);
}
