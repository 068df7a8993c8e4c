package nl.werkcentrum.app.privacy;

import nl.werkcentrum.app.persoon.Bsn;
import nl.werkcentrum.app.persoon.BsnCrypto;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Inzage (GDPR art. 15): everything we hold about one person, and the processing log of their
 * data. Built with {@code select *} from our tables, so a column added later is in the answer
 * without anyone having to remember it; only the BSN's hash and ciphertext are left out (the
 * requester brought the BSN). The engine's copy of the trajectory's process variables (form
 * fields, partners' answers), kept until its history time to live, is in it too. Every query is
 * bound to this person's id or their trajectories' ids, so nothing of another person can appear. The inzage itself is logged, in the same transaction,
 * before the log is read, so the answer shows it too.
 */
@Service
public class InzageService {

  static final String DOEL = "Inzageverzoek (AVG art. 15)";
  static final String DOEL_CSV = "Inzageverzoek (AVG art. 15), CSV-export";

  private final JdbcTemplate jdbc;
  private final BsnCrypto crypto;
  private final Verwerkingenlog verwerkingen;
  private final HistoryService historyService;

  public InzageService(JdbcTemplate jdbc, BsnCrypto crypto, Verwerkingenlog verwerkingen,
      HistoryService historyService) {
    this.jdbc = jdbc;
    this.crypto = crypto;
    this.verwerkingen = verwerkingen;
    this.historyService = historyService;
  }

  /** One JSON-ready document; {@code bekend} false (and nothing else) for a person we do not know. */
  @Transactional
  public Map<String, Object> inzage(Bsn bsn, Verwerker door) {
    return inzage(bsn, door, DOEL);
  }

  /**
   * The same document as CSV for the person (Excel, semicolons): one line per value, named by its
   * place in the document ({@code trajecten[0].werkplanversies[1].activiteiten[0].omschrijving}).
   * Logged as an export of its own.
   */
  @Transactional
  public String inzageAlsCsv(Bsn bsn, Verwerker door) {
    StringBuilder csv = new StringBuilder("onderdeel;waarde\r\n");
    regels("", inzage(bsn, door, DOEL_CSV), csv);
    return csv.toString();
  }

  private static void regels(String pad, Object waarde, StringBuilder csv) {
    if (waarde instanceof Map<?, ?> map) {
      map.forEach((sleutel, w) -> regels(pad.isEmpty() ? sleutel.toString() : pad + "." + sleutel, w, csv));
    } else if (waarde instanceof List<?> lijst) {
      for (int i = 0; i < lijst.size(); i++) {
        regels(pad + "[" + i + "]", lijst.get(i), csv);
      }
    } else {
      csv.append(cel(pad)).append(';').append(cel(waarde == null ? "" : waarde.toString())).append("\r\n");
    }
  }

  /** Quoted when needed; a leading =, +, - or @ is defused, so Excel never runs a value as a formula. */
  static String cel(String tekst) {
    String veilig = !tekst.isEmpty() && "=+-@".indexOf(tekst.charAt(0)) >= 0 ? "'" + tekst : tekst;
    return veilig.matches("[^;\"\r\n]*") ? veilig : '"' + veilig.replace("\"", "\"\"") + '"';
  }

  private Map<String, Object> inzage(Bsn bsn, Verwerker door, String doel) {
    List<Map<String, Object>> personen = rijen("select id, aangemaakt_op from wc_werkzoekende where bsn_hash = ?",
        crypto.hash(bsn));
    Map<String, Object> document = new LinkedHashMap<>();
    if (personen.isEmpty()) {
      // nobody to refer to: the request is logged without a person
      verwerkingen.persoon(Handeling.LEZEN, null, null, "geen (persoon niet bekend)", doel, door);
      document.put("bekend", false);
      document.put("werkzoekende", null);
      document.put("trajecten", List.of());
      document.put("verwerkingen", List.of());
      return document;
    }
    Map<String, Object> persoon = personen.get(0);
    UUID id = (UUID) persoon.get("id");
    verwerkingen.persoon(Handeling.LEZEN, id, null, "alle gegevens van de persoon en het verwerkingenlog", doel, door);
    List<Map<String, Object>> trajecten = new ArrayList<>();
    for (Map<String, Object> traject : rijen("select * from wc_traject where werkzoekende_id = ? order by aangemeld_op",
        id)) {
      trajecten.add(traject(traject));
    }
    document.put("bekend", true);
    document.put("werkzoekende", persoon);
    document.put("trajecten", trajecten);
    document.put("verwerkingen", rijen("select id, tijdstip, handeling, organisatie, verwerker, traject_id, gegevens, "
        + "doel from wc_verwerking where werkzoekende_id = ? order by tijdstip, id", id));
    return document;
  }

  private Map<String, Object> traject(Map<String, Object> traject) {
    UUID trajectId = (UUID) traject.get("id");
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("traject", traject);
    t.put("aanmeldingen", rijen("select * from wc_aanmelding where traject_id = ? order by ontvangen_op", trajectId));
    t.put("fasen", rijen("select * from wc_traject_fase where traject_id = ? order by begonnen_op", trajectId));
    t.put("intake", rijen("select * from wc_intake where traject_id = ?", trajectId));
    t.put("doelgroepen", rijen("select doelgroep from wc_intake_doelgroep where traject_id = ? order by doelgroep",
        trajectId));
    List<Map<String, Object>> werkplannen = rijen("select * from wc_werkplan where traject_id = ? order by versie",
        trajectId);
    for (Map<String, Object> werkplan : werkplannen) {
      werkplan.put("activiteiten", rijen("select * from wc_werkplan_activiteit where werkplan_id = ? order by volgnummer",
          werkplan.get("id")));
    }
    t.put("werkplanversies", werkplannen);
    t.put("verwijzingen", rijen("select * from wc_verwijzing where traject_id = ? order by verwezen_op", trajectId));
    t.put("scholingen", rijen("select * from wc_scholing where traject_id = ? order by ingeschreven_op", trajectId));
    t.put("vacaturevoorstellen", rijen("select * from wc_vacaturevoorstel where traject_id = ? order by voorgesteld_op",
        trajectId));
    // proposals to employers (werkgeversvragen): to whom, for what, and what was answered
    t.put("voordrachten", rijen("select d.id, d.status, d.voorgedragen_op, d.beantwoord_op, d.startdatum, v.functie, "
        + "w.werkgever_naam, w.kvk_nummer from wc_voordracht d join wc_vacature v on v.id = d.vacature_id "
        + "join wc_werkgeversvraag w on w.id = v.werkgeversvraag_id where d.traject_id = ? order by d.voorgedragen_op",
        trajectId));
    t.put("plaatsingen", rijen("select * from wc_plaatsing where traject_id = ? order by geplaatst_op", trajectId));
    t.put("notities", rijen("select * from wc_notitie where traject_id = ? order by vastgelegd_op", trajectId));
    t.put("budgetboekingen", rijen("select m.id, p.regio, p.jaar, m.soort, m.bedrag, m.geboekt_op, m.geboekt_door, "
        + "m.omschrijving from wc_budget_mutatie m join wc_budget_pot p on p.id = m.pot_id "
        + "where m.traject_id = ? order by m.geboekt_op, m.id", trajectId));
    t.put("procesgegevens", procesgegevens(trajectId));
    return t;
  }

  /**
   * The process variables the engine still holds (runtime and history) for the trajectory's
   * instances, found by business key: the trajectory and the budget approvals it called.
   */
  private List<Map<String, Object>> procesgegevens(UUID trajectId) {
    String[] instanties = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(trajectId.toString()).list().stream()
        .map(HistoricProcessInstance::getId).toArray(String[]::new);
    if (instanties.length == 0) {
      return List.of();
    }
    List<Map<String, Object>> variabelen = new ArrayList<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(instanties)
        .disableCustomObjectDeserialization().list().stream()
        .sorted(Comparator.comparing(HistoricVariableInstance::getCreateTime,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(HistoricVariableInstance::getName))
        .forEach(v -> {
          Map<String, Object> variabele = new LinkedHashMap<>();
          variabele.put("proces", v.getProcessDefinitionKey());
          variabele.put("naam", v.getName());
          variabele.put("waarde", waarde(v.getTypedValue()));
          variabele.put("vastgelegdOp", v.getCreateTime() == null ? null
              : v.getCreateTime().toInstant().atOffset(ZoneOffset.UTC));
          variabelen.add(variabele);
        });
    return variabelen;
  }

  /** Plain values as they are; an object variable as its serialized form, never deserialized. */
  private static Object waarde(TypedValue waarde) {
    if (waarde == null) {
      return null;
    }
    if (waarde instanceof ObjectValue object) {
      return object.getValueSerialized();
    }
    Object w = waarde.getValue();
    if (w instanceof Date datum) {
      return datum.toInstant().atOffset(ZoneOffset.UTC);
    }
    return w == null || w instanceof String || w instanceof Number || w instanceof Boolean ? w : String.valueOf(w);
  }

  /**
   * Rows with camelCase keys (H2 and PostgreSQL spell column labels differently) and timestamps as
   * ISO date-times in UTC.
   */
  private List<Map<String, Object>> rijen(String sql, Object... args) {
    List<Map<String, Object>> rijen = new ArrayList<>();
    for (Map<String, Object> rij : jdbc.queryForList(sql, args)) {
      Map<String, Object> schoon = new LinkedHashMap<>();
      rij.forEach((kolom, waarde) -> schoon.put(camelCase(kolom), waarde instanceof Timestamp ts
          ? ts.toInstant().atOffset(ZoneOffset.UTC) : waarde instanceof java.sql.Date d ? d.toLocalDate() : waarde));
      rijen.add(schoon);
    }
    return rijen;
  }

  static String camelCase(String kolom) {
    StringBuilder naam = new StringBuilder();
    boolean groot = false;
    for (char c : kolom.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        groot = true;
      } else {
        naam.append(groot ? Character.toUpperCase(c) : c);
        groot = false;
      }
    }
    return naam.toString();
  }
}
