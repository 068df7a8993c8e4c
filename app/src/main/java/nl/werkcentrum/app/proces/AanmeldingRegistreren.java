package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.security.WerkcentrumRoles;
import nl.werkcentrum.app.traject.Kanaal;
import nl.werkcentrum.app.traject.OngeldigeAanmeldingException;
import nl.werkcentrum.app.traject.Registratie;
import nl.werkcentrum.app.traject.TrajectService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * First step of every trajectory, whatever door the person came in through: opens the trajectory,
 * or finds the person's running one so this sign-up can be passed on to it.
 *
 * <p>The BSN arrives as variable {@code bsn} and leaves the engine here: it is registered in our
 * tables and the variable is removed.
 *
 * <p>An invalid sign-up (BSN failing the 11-proef, unknown region, a gids signing up in a region
 * that is not theirs) is refused before anything is written: the gids sees the reason on the
 * start form, a partner system gets a 400.
 */
@Component("aanmeldingRegistreren")
public class AanmeldingRegistreren implements JavaDelegate {

  /** The walk-in form's default: the region of the gids who fills it in. */

  /**
   * How a start form and a sign-up message hand over the BSN; removed in the same transaction, so
   * it never reaches the runtime tables (the history leaves it out too, see HistoriePlugin).
   */
  static final String BSN = "bsn";

  private final TrajectService trajecten;

  public AanmeldingRegistreren(TrajectService trajecten) {
    this.trajecten = trajecten;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean aanDeBalie = execution.getVariable("kanaal") == null;
    try {
      Kanaal kanaal = aanDeBalie ? Kanaal.WERKCENTRUM : kanaal(execution.getVariable("kanaal").toString());
      String regio = regio(execution, aanDeBalie);
      UUID trajectId = trajectIdVoor(execution);
      Registratie registratie = trajecten.registreer((String) execution.getVariable(BSN), regio, kanaal,
          trajectId, execution.getProcessInstanceId());
      // the BSN is kept (encrypted) in wc_werkzoekende only: the engine carries the trajectId
      execution.removeVariable(BSN);
      execution.setVariable("regio", regio);
      execution.setVariable("kanaal", kanaal.name());
      execution.setVariable("dubbeleAanmelding", registratie.herhaald());
      // a new trajectory is the business key (trajectIdVoor); a repeat names the running one
      if (registratie.herhaald()) {
        execution.setVariable("lopendTrajectId", registratie.trajectId().toString());
      }
    } catch (OngeldigeAanmeldingException e) {
      throw aanDeBalie ? Weigering.opFormulier(e.getMessage()) : Weigering.opVerzoek(e.getMessage());
    }
  }

  private static Kanaal kanaal(String naam) {
    try {
      return Kanaal.valueOf(naam);
    } catch (IllegalArgumentException onbekend) {
      throw new OngeldigeAanmeldingException("kanaal", "Onbekend kanaal van aanmelding");
    }
  }

  /**
   * The region of the sign-up. At the desk a gids signs up in their own region: "EIGEN" becomes
   * that region, and another region is refused, since its caseworkers would get the case and the
   * gids could not see it any more. Partner systems serve every region.
   */
  private static String regio(DelegateExecution execution, boolean aanDeBalie) {
    String gekozen = (String) execution.getVariable("regio");
    var gebruiker = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (!aanDeBalie || gebruiker == null || gebruiker.getGroupIds().contains(WerkcentrumRoles.ADMIN)) {
      if (EigenRegio.EIGEN.equals(gekozen)) {
        throw new OngeldigeAanmeldingException("regio", "Kies een arbeidsmarktregio");
      }
      return gekozen;
    }
    return EigenRegio.kies(gebruiker.getGroupIds(), gekozen, WerkcentrumRoles.GIDS, "gids",
        "U bent geen gids van een Werkcentrum en kunt niemand aanmelden", "aanmelden",
        reden -> new OngeldigeAanmeldingException("regio", reden));
  }

  /** The business key is the trajectory id; a start without one (walk-in) gets a fresh id. */
  private static UUID trajectIdVoor(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null) {
      try {
        return UUID.fromString(businessKey);
      } catch (IllegalArgumentException notAUuid) {
        throw new OngeldigeAanmeldingException("businessKey", "De business key is geen traject-id (UUID)");
      }
    }
    UUID id = UUID.randomUUID();
    execution.setProcessBusinessKey(id.toString());
    return id;
  }
}
