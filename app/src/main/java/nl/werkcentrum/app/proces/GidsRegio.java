package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.regio.ArbeidsmarktregioRepository;
import nl.werkcentrum.app.security.WerkcentrumRoles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;


/**
 * The region of what a gids records at the desk (a question, a job at risk): their own. "EIGEN"
 * (the forms' default) becomes the gids's region and another region is refused, since its
 * caseworkers would get the case and the gids could not follow it; an administrator chooses.
 * The same rule as the walk-in sign-up ({@link EigenRegio}).
 */
@Component
class GidsRegio {

  private final ArbeidsmarktregioRepository regios;

  GidsRegio(ArbeidsmarktregioRepository regios) {
    this.regios = regios;
  }

  /** The region, or a refusal on the form (nothing written). */
  String van(DelegateExecution execution, String werkwoord) {
    Object waarde = execution.getVariable("regio");
    String gekozen = waarde == null ? null : waarde.toString();
    var gebruiker = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (gebruiker == null || gebruiker.getGroupIds().contains(WerkcentrumRoles.ADMIN)) {
      if (gekozen == null || EigenRegio.EIGEN.equals(gekozen)) {
        throw Weigering.opFormulier("Kies een arbeidsmarktregio");
      }
      return bekend(gekozen);
    }
    String regio = EigenRegio.kies(gebruiker.getGroupIds(), gekozen, WerkcentrumRoles.GIDS, "gids",
        "U bent geen gids van een Werkcentrum en kunt niets " + werkwoord, werkwoord, Weigering::opFormulier);
    return bekend(regio);
  }

  private String bekend(String regio) {
    if (!regios.existsById(regio)) {
      throw Weigering.opFormulier("Onbekende arbeidsmarktregio: " + regio);
    }
    return regio;
  }
}
