package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.verloop.TrajectVerloop;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Called from end listeners in the model: records referrals, courses and placements as the
 * partners report them, so they outlive the process instance.
 */
@Component("verloop")
public class VerloopRegistratie {

  private final TrajectVerloop verloop;

  public VerloopRegistratie(TrajectVerloop verloop) {
    this.verloop = verloop;
  }

  public void verwezen(DelegateExecution e) {
    verloop.verwezen(traject(e), tekst(e, "regiepartner"), tekst(e, "verwijzingKenmerk"));
  }

  public void ingeschreven(DelegateExecution e) {
    verloop.ingeschreven(traject(e), tekst(e, "opleiding"), tekst(e, "inschrijvingKenmerk"),
        tekst(e, "verwachteEinddatum"));
  }

  public void opleidingVol(DelegateExecution e) {
    verloop.opleidingVol(traject(e), tekst(e, "opleiding"));
  }

  public void scholingAfgerond(DelegateExecution e) {
    verloop.scholingAfgesloten(traject(e), "AFGEROND", tekst(e, "diploma"));
  }

  public void scholingAfgebroken(DelegateExecution e) {
    verloop.scholingAfgesloten(traject(e), "AFGEBROKEN", tekst(e, "afbreekreden"));
  }

  public void geplaatst(DelegateExecution e) {
    verloop.geplaatst(traject(e), tekst(e, "werkgever"), tekst(e, "functie"), tekst(e, "vacatureId"),
        tekst(e, "sector"), tekst(e, "startdatum"), Uitvoerder.bedrag(e, "besteedBedrag"));
  }

  private static UUID traject(DelegateExecution e) {
    return UUID.fromString(e.getVariable("trajectId").toString());
  }

  private static String tekst(DelegateExecution e, String naam) {
    Object waarde = e.getVariable(naam);
    return waarde == null ? null : waarde.toString();
  }
}
