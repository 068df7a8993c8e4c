package nl.werkcentrum.app.proces;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.werkcentrum.app.security.WerkcentrumRoles;
import nl.werkcentrum.app.traject.Kanaal;
import nl.werkcentrum.app.traject.OngeldigeAanmeldingException;
import nl.werkcentrum.app.verloop.Kalenderdatum;
import nl.werkcentrum.app.werkgever.OngeldigeWerkgeversvraagException;
import nl.werkcentrum.app.werkgever.VacatureGegevens;
import nl.werkcentrum.app.werkgever.WerkgeversvraagService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * First step of every employer's question, whatever door it came through: the werkgeversadviseur's
 * start form (one vacancy in its fields), the sociale partners' message or our API (vacancies as a
 * JSON list in {@code vacatures}). Stores question and vacancies in our tables and takes their data
 * out of the engine in the same transaction; the process keeps its id (the business key), region,
 * sector and channel. Invalid input is refused before anything is written: on the form with the
 * reason, through a message as a 400.
 */
@Component("werkgeversvraagRegistreren")
public class WerkgeversvraagRegistreren implements JavaDelegate {

  static final String ADVISEUR = "werkgeversadviseur";
  /** What the doors hand over and this step takes into our tables. */
  static final List<String> GEGEVENS = List.of("kvkNummer", "werkgeverNaam", "vacatures", "functie", "aantal",
      "urenPerWeek", "vacatureStartdatum", "eisen", "leerbaanBbl", "jobcarving", "banenafspraak");

  private final WerkgeversvraagService vragen;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  public WerkgeversvraagRegistreren(WerkgeversvraagService vragen, Clock clock) {
    this.vragen = vragen;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean aanDeBalie = execution.getVariable("kanaal") == null;
    try {
      Kanaal kanaal = aanDeBalie ? Kanaal.WERKCENTRUM : kanaal(execution.getVariable("kanaal").toString());
      String regio = regio(execution, aanDeBalie);
      List<VacatureGegevens> vacatures = execution.getVariable("vacatures") != null
          ? uitJson(execution.getVariable("vacatures").toString()) : List.of(uitFormulier(execution));
      UUID id = vraagIdVoor(execution);
      vragen.registreer(id, tekst(execution, "kvkNummer"), tekst(execution, "werkgeverNaam"), regio,
          tekst(execution, "sector"), kanaal, vacatures, execution.getProcessInstanceId());
      GEGEVENS.forEach(execution::removeVariable);
      execution.setVariable("regio", regio);
      execution.setVariable("kanaal", kanaal.name());
    } catch (OngeldigeAanmeldingException e) {
      throw aanDeBalie ? Weigering.opFormulier(e.getMessage()) : Weigering.opVerzoek(e.getMessage());
    }
  }

  private static Kanaal kanaal(String naam) {
    try {
      return Kanaal.valueOf(naam);
    } catch (IllegalArgumentException onbekend) {
      throw new OngeldigeWerkgeversvraagException("kanaal", "Onbekend kanaal");
    }
  }

  /**
   * At the desk a werkgeversadviseur records questions of their own region ("EIGEN" is that
   * region); partner systems and our API (which checks the caller itself) serve every region.
   */
  private static String regio(DelegateExecution execution, boolean aanDeBalie) {
    String gekozen = (String) execution.getVariable("regio");
    var gebruiker = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (!aanDeBalie || gebruiker == null || gebruiker.getGroupIds().contains(WerkcentrumRoles.ADMIN)) {
      if (gekozen == null || EigenRegio.EIGEN.equals(gekozen)) {
        throw new OngeldigeWerkgeversvraagException("regio", "Kies een arbeidsmarktregio");
      }
      return gekozen;
    }
    return EigenRegio.kies(gebruiker.getGroupIds(), gekozen, ADVISEUR, "werkgeversadviseur",
        "U bent geen werkgeversadviseur van een Werkcentrum en kunt geen werkgeversvraag vastleggen",
        "werkgeversvragen vastleggen", reden -> new OngeldigeWerkgeversvraagException("regio", reden));
  }

  private VacatureGegevens uitFormulier(DelegateExecution e) {
    return new VacatureGegevens(tekst(e, "functie"), geheel(e.getVariable("aantal"), "aantal"),
        geheel(e.getVariable("urenPerWeek"), "urenPerWeek"), datum(e.getVariable("vacatureStartdatum")),
        tekst(e, "eisen"), Boolean.TRUE.equals(e.getVariable("leerbaanBbl")),
        Boolean.TRUE.equals(e.getVariable("jobcarving")), Boolean.TRUE.equals(e.getVariable("banenafspraak")));
  }

  private List<VacatureGegevens> uitJson(String tekst) {
    JsonNode lijst;
    try {
      lijst = json.readTree(tekst);
    } catch (JsonProcessingException e) {
      throw new OngeldigeWerkgeversvraagException("vacatures", "vacatures is geen JSON-lijst van vacatures");
    }
    if (lijst == null || !lijst.isArray()) {
      throw new OngeldigeWerkgeversvraagException("vacatures", "vacatures is geen JSON-lijst van vacatures");
    }
    List<VacatureGegevens> vacatures = new ArrayList<>();
    for (JsonNode v : lijst) {
      vacatures.add(new VacatureGegevens(v.path("functie").asText(null), geheel(v.get("aantal"), "aantal"),
          geheel(v.get("urenPerWeek"), "urenPerWeek"), datum(v.path("startdatum").asText(null)),
          v.path("eisen").asText(null), v.path("leerbaanBbl").asBoolean(false), v.path("jobcarving").asBoolean(false),
          v.path("banenafspraak").asBoolean(false)));
    }
    return vacatures;
  }

  private static int geheel(Object waarde, String veld) {
    Object w = waarde instanceof JsonNode node ? (node.isNumber() ? node.numberValue() : node.asText(null)) : waarde;
    if (w instanceof Number getal && getal.doubleValue() == Math.rint(getal.doubleValue())
        && Math.abs(getal.doubleValue()) < Integer.MAX_VALUE) {
      return getal.intValue();
    }
    try {
      return w == null ? 0 : Integer.parseInt(w.toString().trim());
    } catch (NumberFormatException e) {
      throw new OngeldigeWerkgeversvraagException(veld, veld + ": geen geheel getal");
    }
  }

  private LocalDate datum(Object waarde) {
    if (waarde == null || waarde.toString().isBlank()) {
      return null;
    }
    return Kalenderdatum.lees(waarde, clock.getZone()).orElseThrow(() ->
        new OngeldigeWerkgeversvraagException("startdatum", "Startdatum: geen datum (jjjj-mm-dd)"));
  }

  private static String tekst(DelegateExecution e, String naam) {
    Object waarde = e.getVariable(naam);
    return waarde == null ? null : waarde.toString();
  }

  /** The business key is the question's id; a start without one (the desk) gets a fresh id. */
  private static UUID vraagIdVoor(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null) {
      try {
        return UUID.fromString(businessKey);
      } catch (IllegalArgumentException geenUuid) {
        throw new OngeldigeWerkgeversvraagException("businessKey", "De business key is geen vraag-id (UUID)");
      }
    }
    UUID id = UUID.randomUUID();
    execution.setProcessBusinessKey(id.toString());
    return id;
  }
}
