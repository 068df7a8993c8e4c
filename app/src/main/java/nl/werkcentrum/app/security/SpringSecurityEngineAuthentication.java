package nl.werkcentrum.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the caller Spring Security established, with the groups it already looked up, to the
 * engine REST API. The engine's own container-based provider passes only the name, after which
 * the engine queried the same groups and tenants again on every call (docs/performance.md). A
 * caller authenticated some other way (a webapp session) leaves its tenants to the engine.
 */
public class SpringSecurityEngineAuthentication implements AuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    var caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
      return AuthenticationResult.unsuccessful();
    }
    AuthenticationResult result = AuthenticationResult.successful(caller.getName());
    // every authority is a Camunda group (CamundaIdentityAuthenticationProvider)
    result.setGroups(caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    if (caller instanceof CamundaAanmelding aanmelding) {
      result.setTenants(aanmelding.tenants());
    }
    return result;
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    // Spring Security sends the basic-auth challenge
  }
}
