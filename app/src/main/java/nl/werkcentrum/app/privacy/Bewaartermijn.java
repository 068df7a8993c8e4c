package nl.werkcentrum.app.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/**
 * Retention: a trajectory that ended longer ago than {@code werkcentrum.bewaartermijn} (P2Y) loses
 * its personal data. What goes: the link to the person (and the person's row with the BSN's hash
 * and ciphertext, once none of their trajectories is running or within its term), the werkplan
 * versions with their activities, the intake's report (free text), the partners' references,
 * course notes and expected end dates, and the placement's employer, job, vacancy and start date.
 * What stays, without a person: the trajectory's region, door, phases, dates and ending, the
 * sign-ups, the intake's attention group, the placement's sector and amount, and every ledger
 * booking with its amount: exactly what the Regionaal Beraad's report counts (RapportageService),
 * so a period's figures do not change, and the ledger still balances. A booking is linked to a
 * person only through its trajectory, so it loses that link with the trajectory's.
 *
 * <p>Safe on several nodes at once: each trajectory is done in a transaction of its own that
 * first locks its row and re-checks that it is still to be done ({@code gegevens_verwijderd_op}),
 * then locks the person's row before deciding whether it may go, so two nodes never both keep (or
 * both delete) a person whose last two trajectories they handle at the same time. Running it again
 * changes nothing.
 */
@Service
public class Bewaartermijn {

  private static final Logger log = LoggerFactory.getLogger(Bewaartermijn.class);

  static final String GEGEVENS = "BSN-koppeling, werkplanversies, intakeverslag, kenmerken, toelichtingen, "
      + "plaatsingsgegevens";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate perTraject;
  private final Verwerkingenlog verwerkingen;
  private final Clock clock;
  private final Period termijn;

  public Bewaartermijn(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
      Verwerkingenlog verwerkingen, Clock clock, @Value("${werkcentrum.bewaartermijn:P2Y}") Period termijn) {
    this.jdbc = jdbc;
    this.perTraject = new TransactionTemplate(transactionManager);
    this.verwerkingen = verwerkingen;
    this.clock = clock;
    this.termijn = termijn;
  }

  public Period termijn() {
    return termijn;
  }

  /** At night by default ({@code werkcentrum.bewaartermijn-cron}); on every node, each safe to run beside the others. */
  @Scheduled(cron = "${werkcentrum.bewaartermijn-cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
  public void opSchema() {
    int gedaan = opruimen();
    if (gedaan > 0) {
      log.info("Bewaartermijn ({}): persoonsgegevens van {} beëindigde trajecten verwijderd", termijn, gedaan);
    }
  }

  /** Removes the personal data of every trajectory past its term; how many it did (others may have done some). */
  public int opruimen() {
    OffsetDateTime grens = OffsetDateTime.now(clock).minus(termijn);
    List<UUID> kandidaten = jdbc.query("select id from wc_traject where status <> 'ACTIEF' and beeindigd_op < ? "
        + "and gegevens_verwijderd_op is null order by beeindigd_op", (rs, i) -> rs.getObject(1, UUID.class), grens);
    int gedaan = 0;
    for (UUID trajectId : kandidaten) {
      if (Boolean.TRUE.equals(perTraject.execute(status -> opruimen(trajectId, grens)))) {
        gedaan++;
      }
    }
    return gedaan;
  }

  private boolean opruimen(UUID trajectId, OffsetDateTime grens) {
    // the row lock: another node doing the same trajectory waits here, then finds it done
    List<UUID> gelockt = jdbc.query("select werkzoekende_id from wc_traject where id = ? and status <> 'ACTIEF' "
            + "and beeindigd_op < ? and gegevens_verwijderd_op is null for update",
        (rs, i) -> rs.getObject(1, UUID.class), trajectId, grens);
    if (gelockt.isEmpty()) {
      return false;
    }
    UUID persoon = gelockt.get(0);
    if (persoon != null) {
      // before anything is unlinked, so a node doing this person's other trajectory waits for us
      jdbc.query("select id from wc_werkzoekende where id = ? for update", (rs, i) -> rs.getObject(1), persoon);
    }
    verwerkingen.persoon(Handeling.VERWIJDEREN, persoon, trajectId, GEGEVENS,
        "Bewaartermijn (" + termijn + ") na einde traject verstreken", Verwerker.SYSTEEM);
    jdbc.update("delete from wc_werkplan_activiteit where werkplan_id in "
        + "(select id from wc_werkplan where traject_id = ?)", trajectId);
    jdbc.update("delete from wc_werkplan where traject_id = ?", trajectId);
    jdbc.update("update wc_intake set verslag = null where traject_id = ?", trajectId);
    jdbc.update("delete from wc_notitie where traject_id = ?", trajectId);
    jdbc.update("delete from wc_vacaturevoorstel where traject_id = ?", trajectId);
    // the proposal keeps its vacancy and outcome for the report's filled places; the rest goes
    jdbc.update("update wc_voordracht set startdatum = null, voorgedragen_door = null where traject_id = ?", trajectId);
    jdbc.update("update wc_verwijzing set kenmerk = null where traject_id = ?", trajectId);
    jdbc.update("update wc_scholing set inschrijvingskenmerk = null, toelichting = null, verwachte_einddatum = null "
        + "where traject_id = ?", trajectId);
    jdbc.update("update wc_plaatsing set werkgever = null, functie = null, vacature_id = null, startdatum = null "
        + "where traject_id = ?", trajectId);
    // the process instance id leads to the engine's history, which its own (shorter) time to live removed
    jdbc.update("update wc_traject set werkzoekende_id = null, process_instance_id = null, "
        + "gegevens_verwijderd_op = ?, versie = versie + 1 where id = ?", OffsetDateTime.now(clock), trajectId);
    if (persoon != null) {
      Integer nogGekoppeld = jdbc.queryForObject("select count(*) from wc_traject where werkzoekende_id = ? "
          + "or actief_werkzoekende_id = ?", Integer.class, persoon, persoon);
      if (nogGekoppeld != null && nogGekoppeld == 0) {
        jdbc.update("delete from wc_werkzoekende where id = ?", persoon);
      }
    }
    return true;
  }
}
