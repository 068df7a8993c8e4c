package nl.werkcentrum.app.budget;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.UUID;

public interface BudgetPotRepository extends JpaRepository<BudgetPot, UUID> {

  Optional<BudgetPot> findByRegioAndJaar(String regio, int jaar);

  /** SELECT ... FOR UPDATE: every booking on a pot waits for the one before it. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from BudgetPot p where p.id = :id")
  Optional<BudgetPot> lock(UUID id);
}
