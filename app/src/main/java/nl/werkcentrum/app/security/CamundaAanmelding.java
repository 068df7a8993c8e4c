package nl.werkcentrum.app.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/**
 * A caller whose password Camunda's identity service accepted: every Camunda group is an authority
 * of the same name, and the tenants travel along so the engine REST API need not query them again
 * ({@link SpringSecurityEngineAuthentication}).
 */
public final class CamundaAanmelding extends UsernamePasswordAuthenticationToken {

  private final List<String> tenants;

  CamundaAanmelding(String userId, InlogCache.Toegang toegang) {
    super(userId, null, toegang.groepen().stream().map(SimpleGrantedAuthority::new).toList());
    this.tenants = toegang.tenants();
  }

  public List<String> tenants() {
    return tenants;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CamundaAanmelding aanmelding && super.equals(other) && tenants.equals(aanmelding.tenants);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + tenants.hashCode();
  }
}
