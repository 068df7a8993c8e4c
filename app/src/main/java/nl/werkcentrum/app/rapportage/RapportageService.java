package nl.werkcentrum.app.rapportage;

import nl.werkcentrum.app.budget.OntschotBudget;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the Regionaal Beraad's report from our tables only (sign-ups, phases, intakes, ledger,
 * placements, endings, the desk's questions without a trajectory, van werk naar werk). Not from the engine's history: its cleanup removes a trajectory's history
 * after the time to live, and a period's figures must not change when that happens. Reporting
 * queries are plain SQL: they aggregate, they do not load entities.
 */
@Service
@Transactional(readOnly = true)
public class RapportageService {

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  private final JdbcTemplate jdbc;
  private final OntschotBudget budget;
  private final BalievragenTelling balievragen;
  private final VanWerkNaarWerkTelling vanWerkNaarWerk;

  public RapportageService(JdbcTemplate jdbc, OntschotBudget budget, BalievragenTelling balievragen,
      VanWerkNaarWerkTelling vanWerkNaarWerk) {
    this.jdbc = jdbc;
    this.budget = budget;
    this.balievragen = balievragen;
    this.vanWerkNaarWerk = vanWerkNaarWerk;
  }

  /** The period runs from {@code van} up to and including {@code tot}. */
  public Rapportage voor(String regio, LocalDate van, LocalDate tot) {
    Timestamp begin = Timestamp.from(van.atStartOfDay(NL).toInstant());
    Timestamp einde = Timestamp.from(tot.plusDays(1).atStartOfDay(NL).toInstant());
    List<Double> vervuld = aangenomen(regio, begin, einde);
    return new Rapportage(regio, van, tot,
        // a trajectory's sign-ups, placement and phases never come before its own sign-up: "t.aangemeld_op < ?"
        // lets the database take the region's trajectories of the period from an index instead of all of them
        tel("select a.kanaal, count(*) from wc_aanmelding a join wc_traject t on t.id = a.traject_id "
            + "where t.regio = ? and t.aangemeld_op < ? and a.ontvangen_op >= ? and a.ontvangen_op < ? group by a.kanaal",
            regio, einde, begin, einde),
        tel("select fase, count(*) from wc_traject where regio = ? and status = 'ACTIEF' "
            + "and aangemeld_op < ? group by fase", regio, einde),
        doorlooptijden(regio, begin, einde),
        budget.overzicht(regio, van.getYear()),
        tel("select coalesce(p.sector, 'ONBEKEND'), count(*) from wc_plaatsing p join wc_traject t on t.id = p.traject_id "
            + "where t.regio = ? and t.aangemeld_op < ? and p.geplaatst_op >= ? and p.geplaatst_op < ? group by p.sector",
            regio, einde, begin, einde),
        tel("select coalesce(beeindigingsreden, 'ONBEKEND'), count(*) from wc_traject where regio = ? "
            + "and status = 'BEEINDIGD' and beeindigd_op >= ? and beeindigd_op < ? group by beeindigingsreden",
            regio, begin, einde),
        aandachtsgroepen(regio, begin, einde),
        tel("select sector, count(*) from wc_werkgeversvraag where regio = ? and ontvangen_op >= ? and ontvangen_op < ? "
            + "group by sector", regio, begin, einde),
        vervuld.size(),
        tijdTotVervulling(vervuld),
        balievragen.tel(regio, begin, einde),
        vanWerkNaarWerk.tel(regio, begin, einde));
  }

  /** The hours from each question to each hire through it, for the hires in the period. */
  private List<Double> aangenomen(String regio, Timestamp begin, Timestamp einde) {
    return jdbc.query("select w.ontvangen_op, d.beantwoord_op from wc_voordracht d "
            + "join wc_vacature v on v.id = d.vacature_id join wc_werkgeversvraag w on w.id = v.werkgeversvraag_id "
            + "where w.regio = ? and d.status = 'AANGENOMEN' and d.beantwoord_op >= ? and d.beantwoord_op < ?",
        (rs, i) -> Duration.between(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class))
            .toMinutes() / 60.0, regio, begin, einde);
  }

  private static Rapportage.Doorlooptijd tijdTotVervulling(List<Double> uren) {
    if (uren.isEmpty()) {
      return new Rapportage.Doorlooptijd(0, 0, 0);
    }
    List<Double> gesorteerd = new ArrayList<>(uren);
    gesorteerd.sort(null);
    return new Rapportage.Doorlooptijd(gesorteerd.size(), percentiel(gesorteerd, 50), percentiel(gesorteerd, 90));
  }

  private Map<String, Long> tel(String sql, Object... args) {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.query(sql, rs -> {
      counts.put(rs.getString(1), rs.getLong(2));
    }, args);
    return counts;
  }

  /** A phase lasts from its start until the trajectory's next phase starts. */
  private Map<String, Rapportage.Doorlooptijd> doorlooptijden(String regio, Timestamp begin, Timestamp einde) {
    Map<String, List<Double>> uren = new HashMap<>();
    // Reads the phases of the region's trajectories of the period (signed up before its end, not
    // ended before its start) by trajectory, from the covering index (V71), instead of joining every
    // phase of the country; lead() gives each phase the start of the next. Plain SQL that H2 (the
    // demo's database) also runs (docs/performance.md, "National volume, third look").
    jdbc.query("select f.fase, f.begonnen_op, f.volgende from (select g.fase, g.begonnen_op, "
            + "lead(g.begonnen_op) over (partition by g.traject_id order by g.begonnen_op, g.id) as volgende "
            + "from wc_traject_fase g where g.traject_id in (select t.id from wc_traject t where t.regio = ? "
            + "and t.aangemeld_op < ? and (t.beeindigd_op is null or t.beeindigd_op >= ?))) f "
            + "where f.volgende is not null and f.begonnen_op >= ? and f.begonnen_op < ?",
        rs -> {
          double duur = Duration.between(rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class))
              .toMinutes() / 60.0;
          uren.computeIfAbsent(rs.getString(1), f -> new ArrayList<>()).add(duur);
        },
        regio, einde, begin, begin, einde);
    Map<String, Rapportage.Doorlooptijd> result = new TreeMap<>();
    uren.forEach((fase, waarden) -> {
      waarden.sort(null);
      result.put(fase, new Rapportage.Doorlooptijd(waarden.size(), percentiel(waarden, 50), percentiel(waarden, 90)));
    });
    return result;
  }

  /** Nearest-rank percentile, so the figure is one that really occurred. */
  static double percentiel(List<Double> gesorteerd, int p) {
    int rank = (int) Math.ceil(p / 100.0 * gesorteerd.size());
    return gesorteerd.get(Math.max(rank, 1) - 1);
  }

  /**
   * The attention groups recorded at intake, of the trajectories signed up in the period: a
   * trajectory counts once for each of its groups, so the figures may add up to more than the
   * trajectories.
   */
  private Map<String, Long> aandachtsgroepen(String regio, Timestamp begin, Timestamp einde) {
    return tel("select d.doelgroep, count(*) from wc_intake_doelgroep d join wc_traject t on t.id = d.traject_id "
        + "where t.regio = ? and t.aangemeld_op >= ? and t.aangemeld_op < ? group by d.doelgroep",
        regio, begin, einde);
  }
}
