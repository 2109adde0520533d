package id.orderan.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SignInAttemptRepository extends JpaRepository<SignInAttempt, Long> {

    @Query("SELECT MAX(a.attemptedAt) FROM SignInAttempt a WHERE a.username = :username AND a.outcome = :outcome")
    Optional<Instant> lastOfUsername(String username, SignInOutcome outcome);

    @Query("SELECT MAX(a.attemptedAt) FROM SignInAttempt a WHERE a.clientAddress = :address AND a.outcome = :outcome")
    Optional<Instant> lastOfAddress(String address, SignInOutcome outcome);

    @Query("""
            SELECT a.attemptedAt FROM SignInAttempt a
            WHERE a.username = :username AND a.outcome IN :outcomes AND a.attemptedAt > :since
            ORDER BY a.attemptedAt""")
    List<Instant> timesOfUsername(String username, Collection<SignInOutcome> outcomes, Instant since, Pageable limit);

    @Query("""
            SELECT a.attemptedAt FROM SignInAttempt a
            WHERE a.clientAddress = :address AND a.outcome IN :outcomes AND a.attemptedAt > :since
            ORDER BY a.attemptedAt""")
    List<Instant> timesOfAddress(String address, Collection<SignInOutcome> outcomes, Instant since, Pageable limit);

    @Query("""
            SELECT new id.orderan.security.SignInRow(a.attemptedAt, a.username, a.clientAddress, a.outcome)
            FROM SignInAttempt a ORDER BY a.attemptedAt DESC, a.id DESC""")
    List<SignInRow> findRows(Pageable page);
}
