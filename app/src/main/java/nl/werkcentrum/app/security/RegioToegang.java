package nl.werkcentrum.app.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Region scoping for our own API, the same rule the engine applies to tasks: a caseworker sees
 * the people and the budget of their own region only; funding a pot is for its budget holders.
 */
@Component
public class RegioToegang {

  static final String ADMIN = "camunda-admin";

  public void magLezen(Authentication caller, String regio) {
    if (!isAdmin(caller) && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .noneMatch(group -> group.endsWith("-" + regio))) {
      throw new AccessDeniedException("Alleen medewerkers van " + regio + " zien deze gegevens");
    }
  }

  public void magStorten(Authentication caller, String regio) {
    if (!isAdmin(caller) && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .noneMatch(WerkcentrumRoles.regionGroup("budgethouder", regio)::equals)) {
      throw new AccessDeniedException("Alleen budgethouders van " + regio + " boeken stortingen");
    }
  }

  private static boolean isAdmin(Authentication caller) {
    return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(ADMIN::equals);
  }
}
