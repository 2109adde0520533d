package id.orderan.storefront;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BlockEntryRepository extends JpaRepository<BlockEntryRow, Long> {

    @Query("SELECT b FROM BlockEntryRow b ORDER BY b.id DESC")
    List<BlockEntryRow> newestFirst();

}
