package nl.werkcentrum.app.privacy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The processing log (wc_verwerking). Writing requires the transaction of the processing itself
 * ({@link Propagation#MANDATORY}): the entry and what it records commit or roll back together, so
 * no processing goes unlogged and a refused or failed one leaves no entry. The person is referred
 * to by our internal id, never by BSN; texts are short Dutch descriptions, never the data itself.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Verwerkingenlog {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public Verwerkingenlog(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A processing of a trajectory's data; the person is the trajectory's (if it still has one). */
  public void traject(Handeling handeling, UUID trajectId, String gegevens, String doel, Verwerker door) {
    List<UUID> persoon = jdbc.query("select werkzoekende_id from wc_traject where id = ?",
        (rs, i) -> rs.getObject(1, UUID.class), trajectId);
    persoon(handeling, persoon.isEmpty() ? null : persoon.get(0), trajectId, gegevens, doel, door);
  }

  /** A processing of a person's data, for a trajectory or ({@code trajectId} null) for the person as a whole. */
  public void persoon(Handeling handeling, UUID werkzoekendeId, UUID trajectId, String gegevens, String doel,
      Verwerker door) {
    jdbc.update("insert into wc_verwerking (id, werkzoekende_id, traject_id, handeling, gegevens, doel, "
            + "organisatie, verwerker, tijdstip) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID(), werkzoekendeId, trajectId, handeling.name(), kort(gegevens), kort(doel),
        door.organisatie(), door.id(), OffsetDateTime.now(clock));
  }

  private static String kort(String tekst) {
    return tekst.length() <= 200 ? tekst : tekst.substring(0, 200);
  }
}
