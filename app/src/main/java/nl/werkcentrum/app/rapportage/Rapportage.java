package nl.werkcentrum.app.rapportage;

import nl.werkcentrum.app.budget.BudgetOverzicht;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the Regionaal Beraad looks at for one region and period. Durations in hours; counts per
 * key are sorted by key. Employers' questions: those received in the period per sector, the places
 * filled (hires through a question) in the period, and the time from question to each hire.
 */
public record Rapportage(
    String regio,
    LocalDate van,
    LocalDate tot,
    Map<String, Long> aanmeldingenPerKanaal,
    Map<String, Long> lopendeTrajectenPerFase,
    Map<String, Doorlooptijd> doorlooptijdPerFase,
    BudgetOverzicht budget,
    Map<String, Long> plaatsingenPerSector,
    Map<String, Long> uitvalPerReden,
    Map<String, Long> aandachtsgroepen,
    Map<String, Long> werkgeversvragenPerSector,
    long vacaturesVervuld,
    Doorlooptijd tijdTotVervulling,
    Balievragen balievragen,
    VanWerkNaarWerkCijfers vanWerkNaarWerk) {

  /** Median and 90th percentile of the time spent in a phase, over the phases that ended. */
  public record Doorlooptijd(long aantal, double mediaanUren, double p90Uren) {
  }
}
