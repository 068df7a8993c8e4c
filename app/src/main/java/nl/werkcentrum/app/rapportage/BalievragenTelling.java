package nl.werkcentrum.app.rapportage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Map;
import java.util.TreeMap;

/** Counts {@code wc_baliegesprek} of a region and period; no person is involved in any of it. */
@Component
class BalievragenTelling {

  private final JdbcTemplate jdbc;

  BalievragenTelling(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Balievragen tel(String regio, Timestamp begin, Timestamp einde) {
    Map<String, Long> perSoort = perKolom("vraagsoort", regio, begin, einde);
    Map<String, Long> perDoorverwijzing = perKolom("doorverwijzing", regio, begin, einde);
    long[] vervolg = new long[2];
    jdbc.query("select count(case when vervolg_gewenst then 1 end), count(traject_id) from wc_baliegesprek "
        + "where regio = ? and gevoerd_op >= ? and gevoerd_op < ?", rs -> {
          vervolg[0] = rs.getLong(1);
          vervolg[1] = rs.getLong(2);
        }, regio, begin, einde);
    return new Balievragen(perSoort.values().stream().mapToLong(Long::longValue).sum(), perSoort,
        perDoorverwijzing, vervolg[0], vervolg[1]);
  }

  /** {@code kolom} is one of our own column names, never input. */
  private Map<String, Long> perKolom(String kolom, String regio, Timestamp begin, Timestamp einde) {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.query("select " + kolom + ", count(*) from wc_baliegesprek where regio = ? and gevoerd_op >= ? "
        + "and gevoerd_op < ? group by " + kolom, rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        }, regio, begin, einde);
    return counts;
  }
}
