package nl.werkcentrum.app.budget;

import nl.werkcentrum.app.regio.ArbeidsmarktregioRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ontschot budget ledger. Every booking first locks its pot row, so concurrent approvals on
 * any number of engine nodes are serialised by the database and the pot never goes below zero.
 * Releases and settlements work from what is still open for a trajectory, so a retried job never
 * books twice.
 */
@Service
@Transactional
public class OntschotBudget {

  private final BudgetPotRepository potten;
  private final BudgetMutatieRepository mutaties;
  private final ArbeidsmarktregioRepository regios;
  private final TransactionTemplate nieuweTransactie;

  public OntschotBudget(BudgetPotRepository potten, BudgetMutatieRepository mutaties,
      ArbeidsmarktregioRepository regios, TransactionTemplate transactionTemplate) {
    this.potten = potten;
    this.mutaties = mutaties;
    this.regios = regios;
    this.nieuweTransactie = new TransactionTemplate(transactionTemplate.getTransactionManager());
    this.nieuweTransactie.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
  }

  public UUID storten(String regio, int jaar, Financier financier, long bedrag, String door) {
    if (bedrag <= 0) {
      throw new IllegalArgumentException("Een storting is een positief bedrag");
    }
    if (!regios.existsById(regio)) {
      throw new OnbekendeRegioException(regio);
    }
    BudgetPot pot = potten.lock(potVoor(regio, jaar)).orElseThrow();
    return mutaties.save(new BudgetMutatie(pot.getId(), MutatieSoort.STORTING, bedrag, financier,
        null, door, "Storting " + financier)).getId();
  }

  /**
   * Reserves an amount for a trajectory. A trajectory holds at most one open reservation: a new
   * one releases the old one first. When the pot cannot cover it, nothing changes.
   */
  public Reservering reserveren(UUID trajectId, String regio, int jaar, long bedrag, String door) {
    if (bedrag < 0) {
      throw new IllegalArgumentException("Een reservering is geen negatief bedrag");
    }
    var bestaand = potten.findByRegioAndJaar(regio, jaar);
    if (bestaand.isEmpty()) {
      return Reservering.ontoereikend(0);
    }
    BudgetPot pot = potten.lock(bestaand.get().getId()).orElseThrow();
    long open = open(pot.getId(), trajectId);
    long vrij = vrij(pot.getId()) + open;
    if (bedrag > vrij) {
      return Reservering.ontoereikend(vrij - open);
    }
    if (open > 0) {
      mutaties.save(new BudgetMutatie(pot.getId(), MutatieSoort.VRIJGAVE, open, null, trajectId,
          door, "Vervangen door een nieuwe reservering"));
    }
    UUID id = bedrag == 0 ? null : mutaties.save(new BudgetMutatie(pot.getId(),
        MutatieSoort.RESERVERING, bedrag, null, trajectId, door, "Reservering werkplan")).getId();
    return new Reservering(true, id, vrij - bedrag);
  }

  /** Releases whatever is still reserved for the trajectory; nothing open, nothing booked. */
  public long vrijgeven(UUID trajectId, String door) {
    long vrijgegeven = 0;
    for (UUID potId : mutaties.pottenVanTraject(trajectId)) {
      potten.lock(potId);
      long open = open(potId, trajectId);
      if (open > 0) {
        mutaties.save(new BudgetMutatie(potId, MutatieSoort.VRIJGAVE, open, null, trajectId, door,
            "Reservering vrijgegeven"));
        vrijgegeven += open;
      }
    }
    return vrijgegeven;
  }

  /** Books what was spent on the trajectory and releases the rest of its reservation. */
  public void afrekenen(UUID trajectId, long besteed, String door) {
    if (besteed < 0) {
      throw new IllegalArgumentException("Het bestede bedrag is niet negatief");
    }
    long nogTeBoeken = besteed;
    for (UUID potId : mutaties.pottenVanTraject(trajectId)) {
      potten.lock(potId);
      long open = open(potId, trajectId);
      long hier = Math.min(open, nogTeBoeken);
      if (hier > 0) {
        mutaties.save(new BudgetMutatie(potId, MutatieSoort.BESTEDING, hier, null, trajectId, door,
            "Besteed aan het traject"));
      }
      if (open - hier > 0) {
        mutaties.save(new BudgetMutatie(potId, MutatieSoort.VRIJGAVE, open - hier, null, trajectId,
            door, "Rest van de reservering vrijgegeven"));
      }
      nogTeBoeken -= hier;
    }
    if (nogTeBoeken > 0) {
      throw new IllegalArgumentException("Besteed bedrag (" + besteed
          + ") is hoger dan wat voor het traject gereserveerd was");
    }
  }

  /** What is reserved for the trajectory and not yet spent or released: the most a placement may book. */
  @Transactional(readOnly = true)
  public long gereserveerdVoor(UUID trajectId) {
    long open = 0;
    for (UUID potId : mutaties.pottenVanTraject(trajectId)) {
      open += open(potId, trajectId);
    }
    return open;
  }

  @Transactional(readOnly = true)
  public BudgetOverzicht overzicht(String regio, int jaar) {
    if (!regios.existsById(regio)) {
      throw new OnbekendeRegioException(regio);
    }
    Map<Financier, Long> perFinancier = new EnumMap<>(Financier.class);
    var pot = potten.findByRegioAndJaar(regio, jaar);
    if (pot.isEmpty()) {
      return new BudgetOverzicht(regio, jaar, 0, 0, 0, 0, perFinancier);
    }
    mutaties.stortingenPerFinancier(pot.get().getId())
        .forEach(t -> perFinancier.put(t.getSoort(), t.getBedrag()));
    Map<MutatieSoort, Long> totalen = totalen(mutaties.totalenPerSoort(pot.get().getId()));
    long gestort = totalen.get(MutatieSoort.STORTING);
    long besteed = totalen.get(MutatieSoort.BESTEDING);
    long gereserveerd = totalen.get(MutatieSoort.RESERVERING) - totalen.get(MutatieSoort.VRIJGAVE) - besteed;
    return new BudgetOverzicht(regio, jaar, gestort, gereserveerd, besteed,
        gestort - gereserveerd - besteed, perFinancier);
  }

  private long vrij(UUID potId) {
    Map<MutatieSoort, Long> t = totalen(mutaties.totalenPerSoort(potId));
    return t.get(MutatieSoort.STORTING) - t.get(MutatieSoort.RESERVERING) + t.get(MutatieSoort.VRIJGAVE);
  }

  private long open(UUID potId, UUID trajectId) {
    Map<MutatieSoort, Long> t = totalen(mutaties.totalenVanTraject(potId, trajectId));
    return t.get(MutatieSoort.RESERVERING) - t.get(MutatieSoort.VRIJGAVE) - t.get(MutatieSoort.BESTEDING);
  }

  private static Map<MutatieSoort, Long> totalen(List<BudgetMutatieRepository.Totaal<MutatieSoort>> rijen) {
    Map<MutatieSoort, Long> totalen = new EnumMap<>(MutatieSoort.class);
    for (MutatieSoort soort : MutatieSoort.values()) {
      totalen.put(soort, 0L);
    }
    rijen.forEach(r -> totalen.put(r.getSoort(), r.getBedrag()));
    return totalen;
  }

  /** The pot's id, creating the pot in its own transaction; a concurrent creator wins the race. */
  private UUID potVoor(String regio, int jaar) {
    return potten.findByRegioAndJaar(regio, jaar).map(BudgetPot::getId).orElseGet(() -> {
      try {
        return nieuweTransactie.execute(s -> potten.saveAndFlush(new BudgetPot(regio, jaar)).getId());
      } catch (DataIntegrityViolationException raced) {
        return potten.findByRegioAndJaar(regio, jaar).orElseThrow().getId();
      }
    });
  }
}
