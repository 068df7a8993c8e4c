package nl.werkcentrum.app.privacy;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Collection;
import java.util.List;

/**
 * Who processed a person's data: the organisation (named as the sign-up channels are: UWV,
 * GEMEENTE, ROC, SOCIALE_PARTNERS, WERKCENTRUM) and the user or system id. The organisation follows
 * from the groups: a partner's system or a partner's consulent acts for that partner; gidsen,
 * coordinators, budget holders, the privacy officer, administrators and the engine itself act for
 * the Werkcentrum.
 */
public record Verwerker(String organisatie, String id) {

  public static final String WERKCENTRUM = "WERKCENTRUM";

  /** The application itself: a job, the retention job, a step without a logged-in caller. */
  public static final Verwerker SYSTEEM = new Verwerker(WERKCENTRUM, "systeem");

  public static Verwerker van(Authentication caller) {
    return van(caller.getName(), caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
  }

  /**
   * The caller the engine knows on this thread (an engine REST call, a Tasklist completion); else the
   * caller of our own API on this thread (which starts processes without an engine login, e.g. a
   * partner's sign-up through /api/aanmeldingen); else the system (a job).
   */
  public static Verwerker vanEngine(IdentityService identityService) {
    var authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      Authentication api = SecurityContextHolder.getContext().getAuthentication();
      return api != null && api.isAuthenticated() && !(api instanceof AnonymousAuthenticationToken)
          ? van(api) : SYSTEEM;
    }
    List<String> groepen = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return van(authentication.getUserId(), groepen);
  }

  /** As {@link #vanEngine(IdentityService)}; without a caller, the user the step names ({@code door}), if any. */
  public static Verwerker vanEngine(IdentityService identityService, String door) {
    Verwerker verwerker = vanEngine(identityService);
    return verwerker == SYSTEEM && door != null ? new Verwerker(WERKCENTRUM, door) : verwerker;
  }

  public static Verwerker van(String gebruiker, Collection<String> groepen) {
    return new Verwerker(organisatie(groepen), gebruiker);
  }

  static String organisatie(Collection<String> groepen) {
    for (String groep : groepen) {
      String partner = groep.startsWith("worker-") ? groep.substring("worker-".length())
          : groep.startsWith("consulent-") ? groep.substring("consulent-".length()).replaceAll("-AMR\\d{2}$", "")
          : null;
      if (partner != null && List.of("uwv", "gemeente", "roc", "sociale-partners").contains(partner)) {
        return partner.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
      }
    }
    return WERKCENTRUM;
  }
}
