package nl.werkcentrum.app.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Checks HTTP basic credentials against Camunda's own identity service, so users, groups and
 * passwords are managed in one place (Camunda Admin) for the webapps, the engine REST API and
 * our API alike. Every Camunda group becomes an authority of the same name.
 * <p>
 * Two policies against guessing. People keep Camunda's lockout per user. Partner systems (a
 * {@code worker-*} group) do not: a lockout per user would let anyone who knows the user id shut
 * the partner out. For them, and on top for everyone, {@link InlogRem} slows down a client that
 * keeps getting one user's password wrong, without touching other clients. A right password is
 * remembered for a short while ({@link InlogCache}), so a polling partner is not looked up on every call.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final PartnerWachtwoord partnerWachtwoord;
  private final InlogRem rem;
  private final InlogCache cache;

  public CamundaIdentityAuthenticationProvider(IdentityService identityService,
      PartnerWachtwoord partnerWachtwoord, InlogRem rem, InlogCache cache) {
    this.identityService = identityService;
    this.partnerWachtwoord = partnerWachtwoord;
    this.rem = rem;
    this.cache = cache;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || credentials == null) {
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    String client = client(authentication);
    rem.controleer(client, userId);
    String wachtwoord = credentials.toString();
    var bekend = cache.bekend(userId, wachtwoord);
    if (bekend.isPresent()) {
      return new CamundaAanmelding(userId, bekend.get());
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
    boolean klopt = groups.stream().anyMatch(WerkcentrumRoles::isPartnerSysteem)
        ? partnerWachtwoord.klopt(userId, wachtwoord)
        : identityService.checkPassword(userId, wachtwoord);
    if (!klopt) {
      rem.mislukt(client, userId);
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    rem.gelukt(client, userId);
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .list().stream().map(Tenant::getId).toList();
    var toegang = new InlogCache.Toegang(groups, tenants);
    cache.onthoud(userId, wachtwoord, toegang);
    return new CamundaAanmelding(userId, toegang);
  }

  /** The caller's address as the servlet container sees it (behind a proxy: see README). */
  private static String client(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails web
        ? String.valueOf(web.getRemoteAddress()) : "onbekend";
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
