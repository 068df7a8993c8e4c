package nl.werkcentrum.app.budget;

import nl.werkcentrum.app.regio.ArbeidsmarktregioRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
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
  private final Clock clock;

  public OntschotBudget(BudgetPotRepository potten, BudgetMutatieRepository mutaties,
      ArbeidsmarktregioRepository regios, TransactionTemplate transactionTemplate, Clock clock) {
    this.clock = clock;
    this.potten = potten;
    this.mutaties = mutaties;
    this.regios = regios;
    this.nieuweTransactie = new TransactionTemplate(transactionTemplate.getTransactionManager());
    this.nieuweTransactie.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
  }

  /** The most one deposit may bring in: a guard against typing errors, far above any real pot. */
  public static final BigDecimal MAX_STORTING = new BigDecimal("100000000");

  /** A deposit in whole euros, as tests and the load benchmark book them. */
  public UUID storten(String regio, int jaar, Financier financier, long bedrag, String door) {
    return storten(regio, jaar, financier, BigDecimal.valueOf(bedrag), door);
  }

  /** A deposit in euros with at most two decimals, kept exactly; never rounded. */
  public UUID storten(String regio, int jaar, Financier financier, BigDecimal bedrag, String door) {
    if (bedrag == null || bedrag.signum() <= 0 || bedrag.compareTo(MAX_STORTING) > 0) {
      throw new IllegalArgumentException("Een storting is een positief bedrag van hoogstens EUR 100.000.000");
    }
    if (bedrag.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("Een storting heeft hoogstens twee decimalen (centen)");
    }
    if (financier == null) {
      throw new IllegalArgumentException("Een storting noemt de financier");
    }
    if (!regios.existsById(regio)) {
      throw new OnbekendeRegioException(regio);
    }
    BudgetPot pot = potten.lock(potVoor(regio, jaar)).orElseThrow();
    return mutaties.save(boeking(pot.getId(), MutatieSoort.STORTING, euro(bedrag), financier,
        null, door, "Storting " + financier)).getId();
  }

  /**
   * Reserves an amount (whole euros, as the werkplan holds it) for a trajectory. A trajectory
   * holds at most one open reservation: a new one releases the old one first. When the pot
   * cannot cover it, nothing changes.
   */
  public Reservering reserveren(UUID trajectId, String regio, int jaar, long bedrag, String door) {
    if (bedrag < 0) {
      throw new IllegalArgumentException("Een reservering is geen negatief bedrag");
    }
    BigDecimal gevraagd = euro(BigDecimal.valueOf(bedrag));
    var bestaand = potten.findByRegioAndJaar(regio, jaar);
    if (bestaand.isEmpty()) {
      return Reservering.ontoereikend(euro(BigDecimal.ZERO));
    }
    BudgetPot pot = potten.lock(bestaand.get().getId()).orElseThrow();
    BigDecimal open = open(pot.getId(), trajectId);
    BigDecimal vrij = vrij(pot.getId()).add(open);
    if (gevraagd.compareTo(vrij) > 0) {
      return Reservering.ontoereikend(vrij.subtract(open));
    }
    if (open.signum() > 0) {
      mutaties.save(boeking(pot.getId(), MutatieSoort.VRIJGAVE, open, null, trajectId,
          door, "Vervangen door een nieuwe reservering"));
    }
    UUID id = gevraagd.signum() == 0 ? null : mutaties.save(boeking(pot.getId(),
        MutatieSoort.RESERVERING, gevraagd, null, trajectId, door, "Reservering werkplan")).getId();
    return new Reservering(true, id, vrij.subtract(gevraagd));
  }

  /** Releases whatever is still reserved for the trajectory; nothing open, nothing booked. */
  public BigDecimal vrijgeven(UUID trajectId, String door) {
    BigDecimal vrijgegeven = euro(BigDecimal.ZERO);
    for (UUID potId : mutaties.pottenVanTraject(trajectId)) {
      potten.lock(potId);
      BigDecimal open = open(potId, trajectId);
      if (open.signum() > 0) {
        mutaties.save(boeking(potId, MutatieSoort.VRIJGAVE, open, null, trajectId, door,
            "Reservering vrijgegeven"));
        vrijgegeven = vrijgegeven.add(open);
      }
    }
    return vrijgegeven;
  }

  /** Books what was spent (whole euros) on the trajectory and releases the rest of its reservation. */
  public void afrekenen(UUID trajectId, long besteed, String door) {
    if (besteed < 0) {
      throw new IllegalArgumentException("Het bestede bedrag is niet negatief");
    }
    BigDecimal nogTeBoeken = euro(BigDecimal.valueOf(besteed));
    for (UUID potId : mutaties.pottenVanTraject(trajectId)) {
      potten.lock(potId);
      BigDecimal open = open(potId, trajectId);
      BigDecimal hier = open.min(nogTeBoeken);
      if (hier.signum() > 0) {
        mutaties.save(boeking(potId, MutatieSoort.BESTEDING, hier, null, trajectId, door,
            "Besteed aan het traject"));
      }
      BigDecimal rest = open.subtract(hier);
      if (rest.signum() > 0) {
        mutaties.save(boeking(potId, MutatieSoort.VRIJGAVE, rest, null, trajectId,
            door, "Rest van de reservering vrijgegeven"));
      }
      nogTeBoeken = nogTeBoeken.subtract(hier);
    }
    if (nogTeBoeken.signum() > 0) {
      throw new IllegalArgumentException("Besteed bedrag (" + besteed
          + ") is hoger dan wat voor het traject gereserveerd was");
    }
  }

  /** What is reserved for the trajectory and not yet spent or released: the most a placement may book. */
  @Transactional(readOnly = true)
  public long gereserveerdVoor(UUID trajectId) {
    BigDecimal open = BigDecimal.ZERO;
    for (UUID potId : mutaties.pottenVanTraject(trajectId)) {
      open = open.add(open(potId, trajectId));
    }
    // reservations are made in whole euros
    return open.setScale(0, java.math.RoundingMode.DOWN).longValueExact();
  }

  @Transactional(readOnly = true)
  public BudgetOverzicht overzicht(String regio, int jaar) {
    if (!regios.existsById(regio)) {
      throw new OnbekendeRegioException(regio);
    }
    Map<Financier, BigDecimal> perFinancier = new EnumMap<>(Financier.class);
    var pot = potten.findByRegioAndJaar(regio, jaar);
    BigDecimal nul = euro(BigDecimal.ZERO);
    if (pot.isEmpty()) {
      return new BudgetOverzicht(regio, jaar, nul, nul, nul, nul, perFinancier);
    }
    mutaties.stortingenPerFinancier(pot.get().getId())
        .forEach(t -> perFinancier.put(t.getSoort(), euro(t.getBedrag())));
    Map<MutatieSoort, BigDecimal> totalen = totalen(mutaties.totalenPerSoort(pot.get().getId()));
    BigDecimal gestort = totalen.get(MutatieSoort.STORTING);
    BigDecimal besteed = totalen.get(MutatieSoort.BESTEDING);
    BigDecimal gereserveerd = totalen.get(MutatieSoort.RESERVERING)
        .subtract(totalen.get(MutatieSoort.VRIJGAVE)).subtract(besteed);
    return new BudgetOverzicht(regio, jaar, gestort, gereserveerd, besteed,
        gestort.subtract(gereserveerd).subtract(besteed), perFinancier);
  }

  private BigDecimal vrij(UUID potId) {
    Map<MutatieSoort, BigDecimal> t = totalen(mutaties.totalenPerSoort(potId));
    return t.get(MutatieSoort.STORTING).subtract(t.get(MutatieSoort.RESERVERING))
        .add(t.get(MutatieSoort.VRIJGAVE));
  }

  private BigDecimal open(UUID potId, UUID trajectId) {
    Map<MutatieSoort, BigDecimal> t = totalen(mutaties.totalenVanTraject(potId, trajectId));
    return t.get(MutatieSoort.RESERVERING).subtract(t.get(MutatieSoort.VRIJGAVE))
        .subtract(t.get(MutatieSoort.BESTEDING));
  }

  private static Map<MutatieSoort, BigDecimal> totalen(
      List<BudgetMutatieRepository.Totaal<MutatieSoort>> rijen) {
    Map<MutatieSoort, BigDecimal> totalen = new EnumMap<>(MutatieSoort.class);
    for (MutatieSoort soort : MutatieSoort.values()) {
      totalen.put(soort, euro(BigDecimal.ZERO));
    }
    rijen.forEach(r -> totalen.put(r.getSoort(), euro(r.getBedrag())));
    return totalen;
  }

  /** Every amount in two decimals, so 25000 and 25000.00 read (and compare) alike. */
  private static BigDecimal euro(BigDecimal bedrag) {
    return (bedrag == null ? BigDecimal.ZERO : bedrag).setScale(2, RoundingMode.UNNECESSARY);
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

  /** A ledger entry booked now, by the application's clock (tests move it). */
  private BudgetMutatie boeking(UUID potId, MutatieSoort soort, BigDecimal bedrag, Financier financier,
      UUID trajectId, String door, String omschrijving) {
    return new BudgetMutatie(potId, soort, bedrag, financier, trajectId, door, omschrijving,
        OffsetDateTime.now(clock));
  }
}
