package nl.werkcentrum.app.rapportage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Map;
import java.util.TreeMap;

/** Counts {@code wc_werk_naar_werk} of a region's trajectories: announced and ended in the period. */
@Component
class VanWerkNaarWerkTelling {

  private static final String VAN_DE_REGIO = " from wc_werk_naar_werk w join wc_traject t on t.id = w.traject_id "
      + "where t.regio = ? ";

  private final JdbcTemplate jdbc;

  VanWerkNaarWerkTelling(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  VanWerkNaarWerkCijfers tel(String regio, Timestamp begin, Timestamp einde) {
    Map<String, Long> perMelder = tel("select w.melder, count(*)" + VAN_DE_REGIO
        + "and w.aangemeld_op >= ? and w.aangemeld_op < ? group by w.melder", regio, begin, einde);
    Long collectief = jdbc.queryForObject("select count(*)" + VAN_DE_REGIO
        + "and w.aangemeld_op >= ? and w.aangemeld_op < ? and w.collectief_id is not null", Long.class,
        regio, begin, einde);
    Map<String, Long> perUitkomst = tel("select w.uitkomst, count(*)" + VAN_DE_REGIO
        + "and w.afgerond_op >= ? and w.afgerond_op < ? and w.uitkomst is not null group by w.uitkomst",
        regio, begin, einde);
    return new VanWerkNaarWerkCijfers(perMelder.values().stream().mapToLong(Long::longValue).sum(), perMelder,
        collectief == null ? 0 : collectief, perUitkomst);
  }

  private Map<String, Long> tel(String sql, Object... args) {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.query(sql, rs -> {
      counts.put(rs.getString(1), rs.getLong(2));
    }, args);
    return counts;
  }
}
