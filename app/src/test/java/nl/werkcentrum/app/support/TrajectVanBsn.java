package nl.werkcentrum.app.support;

import nl.werkcentrum.app.persoon.Bsn;
import nl.werkcentrum.app.persoon.BsnCrypto;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Finds a person's trajectory by BSN the way the application does, through our tables (the keyed
 * hash in wc_werkzoekende), since the engine holds no BSN to search for.
 */
@Component
public class TrajectVanBsn {

  private final JdbcTemplate jdbc;
  private final BsnCrypto crypto;

  public TrajectVanBsn(JdbcTemplate jdbc, BsnCrypto crypto) {
    this.jdbc = jdbc;
    this.crypto = crypto;
  }

  /** The process instance of the person's running trajectory. */
  public Optional<String> processInstanceId(String bsn) {
    return jdbc.queryForList("select t.process_instance_id from wc_traject t join wc_werkzoekende w "
        + "on w.id = t.actief_werkzoekende_id where w.bsn_hash = ?", String.class, crypto.hash(Bsn.of(bsn)))
        .stream().findFirst();
  }
}
