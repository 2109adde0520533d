package id.orderan.storefront;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PrivateLinkRepository extends JpaRepository<PrivateLink, Long> {

    Optional<PrivateLink> findByToken(String token);

    @Query("select l from PrivateLink l order by l.createdAt desc, l.id desc")
    List<PrivateLink> newestFirst(Pageable page);
}
