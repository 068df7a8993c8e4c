package nl.werkcentrum.app.budget;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

public interface BudgetMutatieRepository extends JpaRepository<BudgetMutatie, UUID> {

  /** Totals per kind of entry: the balance is derived from these, never stored. */
  @Query("select m.soort as soort, sum(m.bedrag) as bedrag from BudgetMutatie m "
      + "where m.potId = :potId group by m.soort")
  List<Totaal<MutatieSoort>> totalenPerSoort(UUID potId);

  @Query("select m.financier as soort, sum(m.bedrag) as bedrag from BudgetMutatie m "
      + "where m.potId = :potId and m.soort = nl.werkcentrum.app.budget.MutatieSoort.STORTING "
      + "group by m.financier")
  List<Totaal<Financier>> stortingenPerFinancier(UUID potId);

  @Query("select m.soort as soort, sum(m.bedrag) as bedrag from BudgetMutatie m "
      + "where m.potId = :potId and m.trajectId = :trajectId group by m.soort")
  List<Totaal<MutatieSoort>> totalenVanTraject(UUID potId, UUID trajectId);

  @Query("select distinct m.potId from BudgetMutatie m where m.trajectId = :trajectId")
  List<UUID> pottenVanTraject(UUID trajectId);

  interface Totaal<K> {
    K getSoort();

    BigDecimal getBedrag();
  }
}
