package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.traject.TrajectService;
import nl.werkcentrum.app.werknaarwerk.KvkNummer;
import nl.werkcentrum.app.werknaarwerk.Melder;
import nl.werkcentrum.app.werknaarwerk.Melding;
import nl.werkcentrum.app.werknaarwerk.WerkNaarWerkService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * After the sign-up step ({@code aanmeldingRegistreren}, shared with the trajectory): keeps who
 * announced the job at risk, the employer and the collective announcement in
 * {@code wc_werk_naar_werk} and removes them from the process; the ontslagdatum stays, as an ISO
 * date, because the deadline timer routes on it. The regie is the sociale partners'. An ontslagdatum
 * in the past or a malformed KvK-nummer is refused before anything is kept: on the form for the
 * gids, as a 400 for a partner or our API.
 */
@Component("werkNaarWerkVastleggen")
public class WerkNaarWerkVastleggen implements JavaDelegate {

  static final List<String> GEGEVENS = List.of("kvkNummer", "melder", "collectiefId");
  static final String REGIEPARTNER = "sociale-partners";

  private final WerkNaarWerkService routes;
  private final TrajectService trajecten;
  private final Clock clock;

  public WerkNaarWerkVastleggen(WerkNaarWerkService routes, TrajectService trajecten, Clock clock) {
    this.routes = routes;
    this.trajecten = trajecten;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Melder melder = melder(execution);
    LocalDate ontslagdatum = ontslagdatum(execution.getVariable("ontslagdatum"), melder);
    Object kvk = execution.getVariable("kvkNummer");
    String kvkNummer = kvk == null || kvk.toString().isBlank() ? null : kvk.toString().strip();
    if (kvkNummer != null && !KvkNummer.isGeldig(kvkNummer)) {
      throw weigering(melder, "Geen geldig KvK-nummer (acht cijfers)");
    }
    Object collectief = execution.getVariable("collectiefId");
    // a sign-up passed on to a running trajectory opened none: nothing of this route to keep
    TrajectSleutel.van(execution).ifPresent(trajectId -> {
      routes.vastleggen(trajectId, new Melding(melder, kvkNummer, ontslagdatum,
          collectief == null ? null : UUID.fromString(collectief.toString())));
      // the sociale partners have the regie from the start: they may end the route as a regie partner
      trajecten.regiepartner(trajectId, REGIEPARTNER);
    });
    GEGEVENS.forEach(execution::removeVariable);
    execution.setVariable("ontslagdatum", ontslagdatum.toString());
    execution.setVariable("regiepartner", REGIEPARTNER);
  }

  /** Set by our API only; the desk's start form and the sociale partners' message carry none. */
  private static Melder melder(DelegateExecution execution) {
    Object melder = execution.getVariable("melder");
    if (melder != null) {
      return Arrays.stream(Melder.values()).filter(m -> m.name().equals(melder.toString())).findFirst()
          .orElseThrow(() -> Weigering.opFormulier("Onbekende melder: kies uit " + Arrays.toString(Melder.values())));
    }
    return "SOCIALE_PARTNERS".equals(execution.getVariable("kanaal")) ? Melder.SOCIALE_PARTNERS : Melder.PERSOON;
  }

  private LocalDate ontslagdatum(Object waarde, Melder melder) {
    LocalDate datum;
    try {
      datum = waarde instanceof Date date ? date.toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate()
          : waarde == null ? null : LocalDate.parse(waarde.toString().strip().substring(0,
              Math.min(10, waarde.toString().strip().length())));
    } catch (DateTimeParseException e) {
      datum = null;
    }
    if (datum == null) {
      throw weigering(melder, "Geef de ontslagdatum (jjjj-mm-dd)");
    }
    if (datum.isBefore(LocalDate.now(clock))) {
      throw weigering(melder, "De ontslagdatum " + datum + " ligt in het verleden: meld de persoon aan als werkzoekende");
    }
    return datum;
  }

  private static ProcessEngineException weigering(Melder melder, String reden) {
    return melder == Melder.PERSOON ? Weigering.opFormulier(reden) : Weigering.opVerzoek(reden);
  }
}
