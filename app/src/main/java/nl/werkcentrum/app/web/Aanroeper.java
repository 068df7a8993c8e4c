package nl.werkcentrum.app.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.werkcentrum.app.security.WebappSessionAuthentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/**
 * Who calls the engine's API, for the filters in front of it. On {@code /engine-rest} they run
 * after Spring Security, so the caller is known there. On the webapps' API they run before the
 * webapps' own filters, so the webapps' login is read from the session; a request without one is
 * left to the webapps, which answer 401 as always.
 */
final class Aanroeper {

  /** The engine's API as a path prefix: the engine REST API, and Tasklist's own API for any engine. */
  static final String ENGINE = "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)";

  private Aanroeper() {
  }

  static Optional<Authentication> van(HttpServletRequest request, WebappSessionAuthentication webapps) {
    return pad(request).startsWith("/engine-rest")
        ? Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
            .filter(a -> a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken))
        : webapps.caller(request);
  }

  static String pad(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
