package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.regio.ArbeidsmarktregioRepository;
import nl.werkcentrum.app.security.WerkcentrumRoles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The region of what a gids records at the desk (a question, a job at risk): their own. "EIGEN"
 * (the forms' default) becomes the gids's region and another region is refused, since its
 * caseworkers would get the case and the gids could not follow it; an administrator chooses.
 * The same rule as the walk-in sign-up ({@link AanmeldingRegistreren}).
 */
@Component
class GidsRegio {

  static final String EIGEN = "EIGEN";

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
      if (gekozen == null || EIGEN.equals(gekozen)) {
        throw Weigering.opFormulier("Kies een arbeidsmarktregio");
      }
      return bekend(gekozen);
    }
    List<String> eigen = gebruiker.getGroupIds().stream()
        .filter(groep -> groep.startsWith(WerkcentrumRoles.GIDS + "-"))
        .map(groep -> groep.substring(WerkcentrumRoles.GIDS.length() + 1)).sorted().toList();
    if (gekozen == null || EIGEN.equals(gekozen)) {
      if (eigen.size() != 1) {
        throw Weigering.opFormulier(eigen.isEmpty()
            ? "U bent geen gids van een Werkcentrum en kunt niets " + werkwoord
            : "U bent gids in meer dan één regio (" + String.join(", ", eigen) + "): kies de regio");
      }
      return eigen.get(0);
    }
    if (!eigen.contains(gekozen)) {
      throw Weigering.opFormulier("U kunt alleen " + werkwoord + " in uw eigen regio ("
          + String.join(", ", eigen) + "), niet in " + gekozen);
    }
    return bekend(gekozen);
  }

  private String bekend(String regio) {
    if (!regios.existsById(regio)) {
      throw Weigering.opFormulier("Onbekende arbeidsmarktregio: " + regio);
    }
    return regio;
  }
}
