package nl.werkcentrum.app.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Lets the report page (/rapportage.html) use the login people already have in the Camunda
 * webapps, so a coordinator who logged in to Tasklist gets no second (basic auth) login.
 *
 * <p>The webapps keep their login in the HTTP session, which the servlet container shares with our
 * API. Camunda offers no public API to read it, so this is the one class that does, with the same
 * helper the webapps' own authentication filter uses ({@link AuthenticationUtil}), including its
 * periodic re-check of the user's groups. Only safe (GET) calls of the report are accepted this
 * way: they change nothing, so a session cookie sent along by a foreign site cannot do harm, and
 * the same-origin policy keeps that site from reading the answer. Every other API call still
 * needs basic auth; a basic auth header always wins over the session.
 */
@Component
public class WebappSessionAuthentication {

  private static final RequestMatcher REPORT_READS = new OrRequestMatcher(
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/mijn-regios"),
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/regios/*/rapportage"));

  private final CamundaBpmProperties camunda;

  public WebappSessionAuthentication(CamundaBpmProperties camunda) {
    this.camunda = camunda;
  }

  /** For the machine API chain, before basic auth; deliberately not a bean, so no servlet filter. */
  public Filter filter() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
          FilterChain chain) throws ServletException, IOException {
        if (REPORT_READS.matches(request) && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
          Optional<Authentication> user = caller(request);
          if (user.isPresent()) {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(user.get());
            SecurityContextHolder.setContext(context);
          } else if ("XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            // the page asks for its data: a basic auth challenge would pop up the browser's own
            // login dialog, so answer without one and let the page send the user to the webapps
            notLoggedIn(response);
            return;
          }
        }
        chain.doFilter(request, response);
      }
    };
  }

  /**
   * Who is logged in to the webapps in this request's session, as Spring Security's caller (name
   * and groups as authorities), or empty when nobody is: for checks on the webapps' own API.
   */
  public Optional<Authentication> caller(HttpServletRequest request) {
    UserAuthentication user = webappUser(request);
    if (user == null) {
      return Optional.empty();
    }
    var groups = user.getGroupIds() == null ? List.<String>of() : user.getGroupIds();
    var authorities = groups.stream().map(SimpleGrantedAuthority::new).toList();
    return Optional.of(UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null, authorities));
  }

  private UserAuthentication webappUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    var cache = camunda.getWebapp().getAuth().getCache();
    if (cache.isTtlEnabled()) {
      // re-reads groups (or drops a deleted user) once the webapps' cache time has passed
      AuthenticationUtil.updateCache(authentications, session, cache.getTimeToLive());
      AuthenticationUtil.updateSession(session, authentications);
    }
    return authentications.getAuthenticationForProcessEngine(camunda.getProcessEngineName())
        instanceof UserAuthentication user ? user : null;
  }

  private static void notLoggedIn(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
        + "\"detail\":\"U bent niet ingelogd.\"}");
  }
}
