package nl.werkcentrum.app.maatwerk;

import nl.werkcentrum.app.security.WerkcentrumRoles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a caller may do as a process owner, from their groups: the national ones (and
 * administrators) every tenant and the shared models, a region's only that region's tenant.
 */
record Procesbeheer(boolean landelijk, Set<String> regios) {

  static Procesbeheer van(Authentication caller) {
    Set<String> groepen = caller == null ? Set.of()
        : caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    boolean landelijk = groepen.contains(WerkcentrumRoles.PROCESBEHEERDER_LANDELIJK)
        || groepen.contains(WerkcentrumRoles.ADMIN);
    Set<String> regios = groepen.stream().filter(WerkcentrumRoles::isProcesbeheerder)
        .filter(groep -> !groep.equals(WerkcentrumRoles.PROCESBEHEERDER_LANDELIJK))
        .map(groep -> groep.substring(WerkcentrumRoles.PROCESBEHEERDER.length() + 1))
        .collect(Collectors.toUnmodifiableSet());
    return new Procesbeheer(landelijk, regios);
  }

  boolean isProcesbeheerder() {
    return landelijk || !regios.isEmpty();
  }

  /** May deploy to, or migrate in, this tenant ({@code null}: the shared, national models). */
  boolean mag(String tenant) {
    return landelijk || tenant != null && regios.contains(tenant);
  }
}
