package nl.werkcentrum.app.security;

import nl.werkcentrum.contract.Contract;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Region scoping for our own API, the same rule the engine applies to tasks: a caseworker sees
 * the people and the budget of their own region only; funding a pot is for its budget holders.
 * A region's process owners (procesbeheerder-AMRnn) change its models, and see none of its people.
 */
@Component
public class RegioToegang {

  static final String ADMIN = "camunda-admin";

  private static final Pattern REGION_GROUP = Pattern.compile(".+-(AMR\\d{2})");

  public void magLezen(Authentication caller, String regio) {
    if (!isAdmin(caller) && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .noneMatch(group -> group.endsWith("-" + regio) && !WerkcentrumRoles.isProcesbeheerder(group))) {
      throw new AccessDeniedException("Alleen medewerkers van " + regio + " zien deze gegevens");
    }
  }

  public void magStorten(Authentication caller, String regio) {
    if (!isAdmin(caller) && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .noneMatch(WerkcentrumRoles.regionGroup("budgethouder", regio)::equals)) {
      throw new AccessDeniedException("Alleen budgethouders van " + regio + " boeken stortingen");
    }
  }

  /**
   * Ending a trajectory is for the people who work with the person in its region: its gidsen,
   * coordinators and consulenten, not its budget holders (nor another region's staff).
   */
  public void magBeeindigen(Authentication caller, String regio) {
    if (!isAdmin(caller) && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .noneMatch(groep -> groep.endsWith("-" + regio) && (groep.startsWith(WerkcentrumRoles.GIDS + "-")
            || groep.startsWith("coordinator-") || groep.startsWith("consulent-")))) {
      throw new AccessDeniedException("Alleen gidsen, coördinatoren en consulenten van " + regio
          + " beëindigen een traject");
    }
  }

  /**
   * An employer's question through our API: the region's werkgeversadviseurs, and the partner system
   * that the contract lets start one (the sociale partners', for every region).
   */
  public void magWerkgeversvraagIndienen(Authentication caller, String regio) {
    if (!isAdmin(caller) && !isWerkgeverspartner(caller) && caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .noneMatch(WerkcentrumRoles.regionGroup(WerkcentrumRoles.WERKGEVERSADVISEUR, regio)::equals)) {
      throw new AccessDeniedException("Alleen werkgeversadviseurs van " + regio + " leggen hier werkgeversvragen vast");
    }
  }

  /** The region's open vacancies: its caseworkers, and the partner system that matches vacancies. */
  public void magVacaturesLezen(Authentication caller, String regio) {
    if (!isWerkgeverspartner(caller)) {
      magLezen(caller, regio);
    }
  }

  private static boolean isWerkgeverspartner(Authentication caller) {
    Contract contract = Contract.werkcentrum();
    return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).map(contract::partnerVanGroep)
        .flatMap(java.util.Optional::stream)
        .anyMatch(partner -> contract.berichtenVan(partner).contains(WerkcentrumAuthorizations.WERKGEVERSVRAAG_BERICHT));
  }

  /**
   * The regions whose figures the caller may read, by the same rule as {@link #magLezen}: those in
   * the caller's region groups ({@code <role>-AMRnn}); {@code alleRegios} for the administrator.
   */
  public Set<String> leesbareRegios(Authentication caller, Collection<String> alleRegios) {
    if (isAdmin(caller)) {
      return new TreeSet<>(alleRegios);
    }
    return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(group -> !WerkcentrumRoles.isProcesbeheerder(group))
        .map(REGION_GROUP::matcher).filter(Matcher::matches).map(m -> m.group(1))
        .filter(alleRegios::contains).collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean isAdmin(Authentication caller) {
    return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(ADMIN::equals);
  }
}
