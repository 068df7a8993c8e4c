package nl.werkcentrum.workers.e2e;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Searches every engine table (ACT_*, runtime and history) on PostgreSQL for a value, in every
 * text column and every bytea column (serialized variables, byte arrays), so a test can show that
 * no BSN reached the engine.
 */
final class GeenBsnInEngineTabellen {

  private GeenBsnInEngineTabellen() {
  }

  /** Where the value occurs, as "table.column"; empty when it is nowhere. */
  static List<String> waarVindtMen(JdbcTemplate jdbc, String waarde) {
    List<Map<String, Object>> kolommen = jdbc.queryForList("select table_name, column_name, data_type "
        + "from information_schema.columns where table_schema = current_schema() and table_name like 'act\\_%' "
        + "and data_type in ('character varying', 'text', 'character', 'bytea')");
    if (kolommen.stream().map(k -> k.get("table_name")).distinct().count() < 40) {
      throw new AssertionError("expected the engine's tables, found the columns " + kolommen);
    }
    List<String> gevonden = new ArrayList<>();
    for (Map<String, Object> kolom : kolommen) {
      String tabel = (String) kolom.get("table_name");
      String naam = (String) kolom.get("column_name");
      // bytea is searched as bytes: a BSN in a serialized value is its UTF-8 (ASCII) digits
      String zoek = "bytea".equals(kolom.get("data_type"))
          ? "position(convert_to(?, 'UTF8') in \"" + naam + "\") > 0"
          : "position(? in \"" + naam + "\") > 0";
      Integer aantal = jdbc.queryForObject("select count(*) from \"" + tabel + "\" where " + zoek, Integer.class, waarde);
      if (aantal != null && aantal > 0) {
        gevonden.add(tabel + "." + naam);
      }
    }
    return gevonden;
  }
}
