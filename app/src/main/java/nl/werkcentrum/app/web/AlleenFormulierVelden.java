package nl.werkcentrum.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.werkcentrum.app.api.Problemen;
import nl.werkcentrum.app.security.WebappSessionAuthentication;
import nl.werkcentrum.app.security.WerkcentrumRoles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A caseworker writes only their form: completing a user task, or starting a process that has a
 * Camunda start form (engine REST API and Tasklist's own API alike), accepts only the fields of
 * the deployed Camunda Form of that task or start ({@link FormulierVelden}), each with a value of
 * its kind and, for a list, one of its options; anything else is a 400 naming the fields, before
 * the engine sees it (a task that is gone is {@link VerdwenenTaak}'s 404 first). Read-only fields
 * are accepted, because Tasklist sends them back, and taken out of the request: what a form only
 * shows (the header, the free budget, the amount asked) can never be overwritten from it. Writing
 * variables past the form (a task's or a process instance's variables endpoints) is a 403 for
 * caseworkers.
 *
 * <p>Administrators keep full access; partner systems are kept to their own work by the partner
 * worker filter already. On {@code /engine-rest} this runs after Spring Security, so the caller
 * is known. On the webapps' API it runs before the webapps' own filters, so it reads their login
 * itself and lets a request without one pass: the webapps then answer 401 as always.
 */
@Configuration(proxyBeanMethods = false)
public class AlleenFormulierVelden {

  static final Pattern TAAK_AFRONDEN = Pattern.compile(Aanroeper.ENGINE
      + "/task/([^/]+)/(?:complete|submit-form|resolve)");
  /** Starting a process, by its definition's id or (the latest shared version of) its key. */
  static final Pattern STARTEN = Pattern.compile(Aanroeper.ENGINE
      + "/process-definition/(?:key/([^/]+)|(?!key/)([^/]+))/(?:submit-form|start)");
  static final Pattern VARIABELEN_SCHRIJVEN = Pattern.compile(Aanroeper.ENGINE
      + "/(?:task/[^/]+/(?:variables|localVariables)|process-instance/[^/]+/variables"
      + "|process-instance/variables-async|execution/[^/]+/localVariables)(?:/.*)?");
  private static final Set<String> LEZEN = Set.of("GET", "HEAD", "OPTIONS");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> alleenFormulierVeldenFilter(FormulierVelden formulieren,
      IdentityService identityService, RepositoryService repositoryService, WebappSessionAuthentication webapps,
      ObjectMapper json) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(
        new Filter(formulieren, identityService, repositoryService, webapps, json));
    registration.addUrlPatterns("/engine-rest/task/*", "/engine-rest/process-instance/*",
        "/engine-rest/execution/*", "/engine-rest/process-definition/*", "/camunda/api/engine/*");
    registration.setName("alleen-formulier-velden");
    // after Spring Security (-100), before the engine REST API's own authentication filter
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final FormulierVelden formulieren;
    private final IdentityService identityService;
    private final RepositoryService repositoryService;
    private final WebappSessionAuthentication webapps;
    private final ObjectMapper json;

    Filter(FormulierVelden formulieren, IdentityService identityService, RepositoryService repositoryService,
        WebappSessionAuthentication webapps, ObjectMapper json) {
      this.formulieren = formulieren;
      this.identityService = identityService;
      this.repositoryService = repositoryService;
      this.webapps = webapps;
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String pad = Aanroeper.pad(request);
      return LEZEN.contains(request.getMethod())
          || !(TAAK_AFRONDEN.matcher(pad).matches() || STARTEN.matcher(pad).matches()
              || VARIABELEN_SCHRIJVEN.matcher(pad).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Optional<Authentication> caller = Aanroeper.van(request, webapps);
      List<String> groepen = caller.map(a -> a.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList())
          .orElse(List.of());
      if (caller.isEmpty() || groepen.contains(WerkcentrumRoles.ADMIN)
          || groepen.stream().anyMatch(WerkcentrumRoles.PARTNER_WORKERS::contains)) {
        chain.doFilter(request, response);
        return;
      }
      String pad = Aanroeper.pad(request);
      Matcher afronden = TAAK_AFRONDEN.matcher(pad);
      Matcher starten = STARTEN.matcher(pad);
      if (VARIABELEN_SCHRIJVEN.matcher(pad).matches()) {
        weiger(response, Problemen.probleem(HttpStatus.FORBIDDEN,
            "Gegevens van een taak of traject wijzigt u alleen via het formulier van de taak"));
        return;
      }
      if (!"POST".equals(request.getMethod()) || !(afronden.matches() || starten.matches())) {
        // no such endpoint: the engine answers it
        chain.doFilter(request, response);
        return;
      }
      String gebruiker = caller.get().getName();
      Function<JsonNode, Optional<VeldToets.Uitkomst>> toets = afronden.matches()
          ? variabelen -> toetsTaak(afronden.group(1), gebruiker, groepen, variabelen)
          : variabelen -> toetsStart(starten.group(1), starten.group(2), gebruiker, groepen, variabelen);
      toetsFormulier(toets, new GelezenVerzoek(request), response, chain);
    }

    private void toetsFormulier(Function<JsonNode, Optional<VeldToets.Uitkomst>> toets, GelezenVerzoek verzoek,
        HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
      JsonNode body;
      try {
        body = verzoek.body().length == 0 ? json.createObjectNode() : json.readTree(verzoek.body());
      } catch (IOException notJson) {
        weiger(response, Problemen.ongeldig("Het verzoek is geen geldige JSON", List.of()));
        return;
      }
      JsonNode variabelen = body.path("variables");
      if (variabelen.isMissingNode() || variabelen.isNull()) {
        // nothing sent is still held to the form: its required fields are missing
        variabelen = json.createObjectNode();
      }
      if (!variabelen.isObject()) {
        weiger(response,
            Problemen.ongeldig("'variables' hoort een object te zijn: veldnaam met waarde", List.of()));
        return;
      }
      Optional<VeldToets.Uitkomst> uitkomst = toets.apply(variabelen);
      if (uitkomst.isPresent() && uitkomst.get().geweigerd()) {
        weiger(response, Problemen.ongeldig(uitkomst.get().reden(), uitkomst.get().velden()));
        return;
      }
      if (uitkomst.isPresent() && !uitkomst.get().alleenLezen().isEmpty()) {
        ((ObjectNode) variabelen).remove(uitkomst.get().alleenLezen());
        chain.doFilter(verzoek.metBody(json.writeValueAsBytes(body)), response);
        return;
      }
      chain.doFilter(verzoek, response);
    }

    /** Empty when the caller may not see the task: the engine then refuses it as it always does. */
    private Optional<VeldToets.Uitkomst> toetsTaak(String taskId, String gebruiker, List<String> groepen,
        JsonNode variabelen) {
      // as the caller, so the engine's authorizations decide which task and variables are visible
      identityService.setAuthentication(gebruiker, groepen);
      try {
        return formulieren.vanTaak(taskId).map(formulier ->
            VeldToets.toets(formulier, variabelen, variabele -> formulieren.keuzes(taskId, variabele)));
      } finally {
        identityService.clearAuthentication();
      }
    }

    /**
     * Empty when the definition is unknown, hidden from the caller or has no Camunda start form: the
     * engine then answers as it always does. A start form's options are its own (no task lends any).
     */
    private Optional<VeldToets.Uitkomst> toetsStart(String key, String definitionId, String gebruiker,
        List<String> groepen, JsonNode variabelen) {
      identityService.setAuthentication(gebruiker, groepen);
      try {
        String id = definitionId != null ? definitionId : laatsteVersie(key);
        return id == null ? Optional.empty() : formulieren.vanStart(id).map(formulier ->
            VeldToets.toets(formulier, variabelen, variabele -> Set.of()));
      } finally {
        identityService.clearAuthentication();
      }
    }

    /** As the engine REST API reads a key without a tenant: the latest version shared by all. */
    private String laatsteVersie(String key) {
      var definitie = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).withoutTenantId()
          .latestVersion().singleResult();
      return definitie == null ? null : definitie.getId();
    }

    private void weiger(HttpServletResponse response, ProblemDetail problem) throws IOException {
      TasklistProbleem.schrijf(response, problem, json);
    }
  }
}
