package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.traject.Traject;
import nl.werkcentrum.app.verloop.Kalenderdatum;
import nl.werkcentrum.app.verloop.ScholingUitkomst;
import nl.werkcentrum.app.verloop.TrajectVerloop;
import nl.werkcentrum.app.werkgever.WerkgeversvraagService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Called from end listeners in the model: records referrals, courses and placements as the
 * partners report them, so they outlive the process instance.
 */
@Component("verloop")
public class VerloopRegistratie {

  private static final Logger LOG = LoggerFactory.getLogger(VerloopRegistratie.class);

  private final TrajectVerloop verloop;
  private final Taakgegevens taakgegevens;
  private final Clock clock;
  private final WerkgeversvraagService werkgeversvragen;

  public VerloopRegistratie(TrajectVerloop verloop, Taakgegevens taakgegevens, Clock clock,
      WerkgeversvraagService werkgeversvragen) {
    this.werkgeversvragen = werkgeversvragen;
    this.verloop = verloop;
    this.taakgegevens = taakgegevens;
    this.clock = clock;
  }

  public void verwezen(DelegateExecution e) {
    verloop.verwezen(traject(e), tekst(e, "regiepartner"), tekst(e, "verwijzingKenmerk"));
  }

  public void ingeschreven(DelegateExecution e) {
    verloop.ingeschreven(traject(e), opleiding(e), tekst(e, "inschrijvingKenmerk"),
        datum(e, "verwachteEinddatum"));
    e.removeVariable("verwachteEinddatum");
  }

  public void opleidingVol(DelegateExecution e) {
    verloop.opleidingVol(traject(e), opleiding(e));
  }

  public void scholingAfgerond(DelegateExecution e) {
    verloop.scholingAfgesloten(traject(e), ScholingUitkomst.AFGEROND, tekst(e, "diploma"));
    e.removeVariable("diploma");
  }

  public void scholingAfgebroken(DelegateExecution e) {
    verloop.scholingAfgesloten(traject(e), ScholingUitkomst.AFGEBROKEN, tekst(e, "afbreekreden"));
    e.removeVariable("afbreekreden");
  }

  /** The sociale partners' proposal goes to our table; the consulent's form borrows it from there. */
  public void vacatureVoorgesteld(DelegateExecution e) {
    verloop.vacatureVoorgesteld(traject(e), tekst(e, "vacatureId"), tekst(e, "werkgever"), tekst(e, "functie"));
    e.removeVariable("werkgever");
    e.removeVariable("functie");
  }

  public void geplaatst(DelegateExecution e) {
    LocalDate startdatum = datum(e, "startdatum");
    verloop.geplaatst(traject(e), tekst(e, "vacatureId"), tekst(e, "sector"), startdatum,
        Uitvoerder.bedrag(e, "besteedBedrag"));
    // an employers' vacancy of ours (werkgeversvraag) gets the place filled
    werkgeversvragen.geplaatstOpVacature(tekst(e, "vacatureId"), traject(e), startdatum);
    e.removeVariable("startdatum");
  }

  /** The course of the werkplan the ROC answered on: lent to the ROC's task only, kept in wc_werkplan. */
  private String opleiding(DelegateExecution e) {
    return taakgegevens.opleiding(e);
  }

  private static UUID traject(DelegateExecution e) {
    return TrajectSleutel.vereist(e);
  }

  /**
   * A date the partner or the form sent. What is no date is recorded as unknown rather than
   * failing the partner's report or the caseworker's form after the fact; the warning names the
   * trajectory and the variable, never the value (it might hold anything a person typed).
   */
  private LocalDate datum(DelegateExecution e, String naam) {
    Object waarde = e.getVariable(naam);
    Optional<LocalDate> datum = Kalenderdatum.lees(waarde, clock.getZone());
    if (datum.isEmpty() && waarde != null && !waarde.toString().isBlank()) {
      LOG.warn("'{}' van traject {} is geen datum; vastgelegd als onbekend",
          naam, Traject.nummer(traject(e)));
    }
    return datum.orElse(null);
  }

  private static String tekst(DelegateExecution e, String naam) {
    Object waarde = e.getVariable(naam);
    return waarde == null ? null : waarde.toString();
  }
}
