package nl.werkcentrum.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import nl.werkcentrum.contract.Contract;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;

/**
 * The engine REST API's authentication filter, with one exception: a partner system's
 * fetch-and-lock runs without the engine's authorization checks.
 *
 * <p>Why: with checks on, the engine's fetch query joins every waiting task of the topic with
 * {@code ACT_RU_AUTHORIZATION} and sorts them all before it takes the first few, so a fetch costs
 * time in proportion to the backlog (docs/performance.md). The check adds nothing here: a partner
 * holds read and update on every instance of the Werkcentrum's processes anyway, and what does
 * bound it, its own topics and the variables each may read, has been enforced before this filter
 * by {@link PartnerWorkerAccessFilter} from the contract. Everything else a partner sends (complete,
 * failure, messages) keeps the engine's checks.
 */
public class EngineRestAuthenticatie extends ProcessEngineAuthenticationFilter {

  static final String FETCH_AND_LOCK = "/engine-rest/external-task/fetchAndLock";

  private final Contract contract = Contract.werkcentrum();
  private final boolean ookOphalenMetEngineAutorisatie;

  /** {@code ookOphalenMetEngineAutorisatie}: the old behaviour, for the benchmark's comparison only. */
  public EngineRestAuthenticatie(boolean ookOphalenMetEngineAutorisatie) {
    this.ookOphalenMetEngineAutorisatie = ookOphalenMetEngineAutorisatie;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!ookOphalenMetEngineAutorisatie && request instanceof HttpServletRequest http && partnerOphalen(http)) {
      chain.doFilter(request, response);
      return;
    }
    super.doFilter(request, response, chain);
  }

  private boolean partnerOphalen(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())
        || !FETCH_AND_LOCK.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
      return false;
    }
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    return caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken)
        && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
            .anyMatch(groep -> contract.partnerVanGroep(groep).isPresent());
  }
}
