package nl.werkcentrum.app.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads every row of every engine table (ACT_*), runtime and history, to show that a value (a
 * BSN) is in none of them: text, and bytes read as UTF-8 (serialized variables, byte arrays).
 * For the small databases of a test class.
 */
public final class EngineTabellen {

  private EngineTabellen() {
  }

  /** Where the value occurs, as "table.column"; empty when it is nowhere. */
  public static List<String> waarVindtMen(JdbcTemplate jdbc, String waarde) {
    List<String> tabellen = jdbc.queryForList("select table_name from information_schema.tables "
        + "where upper(table_name) like 'ACT\\_%' escape '\\' and table_type in ('BASE TABLE', 'TABLE')", String.class);
    if (tabellen.size() < 40) {
      throw new AssertionError("expected the engine's tables, found " + tabellen);
    }
    List<String> gevonden = new ArrayList<>();
    for (String tabel : tabellen) {
      for (Map<String, Object> rij : jdbc.queryForList("select * from " + tabel)) {
        rij.forEach((kolom, inhoud) -> {
          if (tekst(inhoud).contains(waarde)) {
            gevonden.add(tabel + "." + kolom);
          }
        });
      }
    }
    return gevonden;
  }

  private static String tekst(Object inhoud) {
    try {
      if (inhoud instanceof byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
      }
      if (inhoud instanceof Blob blob) {
        return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
      }
      if (inhoud instanceof Clob clob) {
        return clob.getSubString(1, (int) clob.length());
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return String.valueOf(inhoud);
  }
}
