package nl.werkcentrum.app.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.werkcentrum.app.api.Problemen;
import nl.werkcentrum.app.security.WebappSessionAuthentication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A caseworker opening a task reads the person's data its form shows: Tasklist (and any client of
 * the engine REST API) fetches the task's form variables or variables. Those reads are logged in the
 * processing log, with the task as purpose. The engine answers such a read in a transaction of its
 * own, so this filter holds the answer back until the entry is committed: an answer goes out only
 * with its entry, and when the entry cannot be written the caller gets a 500 instead of the data.
 * A read the engine refuses (another region's task, unknown task) answers no 2xx and is not logged.
 */
@Configuration(proxyBeanMethods = false)
class TaakGegevensGelezen {

  private static final Logger log = LoggerFactory.getLogger(TaakGegevensGelezen.class);

  private static final String ENGINE = "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)";
  static final Pattern TAAK_GEGEVENS = Pattern.compile(
      ENGINE + "/task/([^/]+)/(form-variables|variables|localVariables)(?:/[^/]+)?");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> taakGegevensGelezenFilter(TaskService taskService,
      RuntimeService runtimeService, Verwerkingenlog verwerkingen, TransactionTemplate transactie,
      WebappSessionAuthentication webapps, ObjectMapper json) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(
        new Filter(taskService, runtimeService, verwerkingen, transactie, webapps, json));
    registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
    registration.setName("taak-gegevens-gelezen");
    // after Spring Security (-100), so the caller of /engine-rest is known
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final Verwerkingenlog verwerkingen;
    private final TransactionTemplate transactie;
    private final WebappSessionAuthentication webapps;
    private final ObjectMapper json;

    Filter(TaskService taskService, RuntimeService runtimeService, Verwerkingenlog verwerkingen,
        TransactionTemplate transactie, WebappSessionAuthentication webapps, ObjectMapper json) {
      this.taskService = taskService;
      this.runtimeService = runtimeService;
      this.verwerkingen = verwerkingen;
      this.transactie = transactie;
      this.webapps = webapps;
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"GET".equals(request.getMethod()) || !TAAK_GEGEVENS.matcher(pad(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Matcher taak = TAAK_GEGEVENS.matcher(pad(request));
      taak.matches();
      // read before the chain: the webapps' API may change the session, Spring Security clears its context after
      Optional<Authentication> caller = pad(request).startsWith("/engine-rest")
          ? Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
              .filter(a -> a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken))
          : webapps.caller(request);
      var vastgehouden = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, vastgehouden);
      if (caller.isPresent() && vastgehouden.getStatus() >= 200 && vastgehouden.getStatus() < 300) {
        try {
          vastleggen(taak.group(1), taak.group(2), Verwerker.van(caller.get()));
        } catch (RuntimeException e) {
          log.error("Het lezen van de gegevens van taak {} kon niet in het verwerkingenlog; het antwoord is "
              + "niet gegeven", taak.group(1), e);
          vastgehouden.resetBuffer();
          weiger(response);
          return;
        }
      }
      vastgehouden.copyBodyToResponse();
    }

    private void vastleggen(String taakId, String soort, Verwerker door) {
      Task taak = taskService.createTaskQuery().taskId(taakId).singleResult();
      if (taak == null || taak.getProcessInstanceId() == null) {
        return; // completed in the meantime, or no trajectory's task
      }
      trajectVan(taak.getProcessInstanceId()).ifPresent(trajectId -> transactie.executeWithoutResult(status ->
          verwerkingen.traject(Handeling.LEZEN, trajectId,
              "form-variables".equals(soort) ? "formuliergegevens van de taak" : "variabelen van de taak",
              "Taak " + taak.getTaskDefinitionKey() + " (" + taak.getName() + ")", door)));
    }

    /** The trajectory id is the business key of the trajectory and of the budget approval it calls. */
    private Optional<UUID> trajectVan(String processInstanceId) {
      ProcessInstance instantie = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
          .singleResult();
      if (instantie == null || instantie.getBusinessKey() == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(UUID.fromString(instantie.getBusinessKey()));
      } catch (IllegalArgumentException geenTraject) {
        return Optional.empty();
      }
    }

    private void weiger(HttpServletResponse response) throws IOException {
      var problem = Problemen.probleem(HttpStatus.INTERNAL_SERVER_ERROR,
          "Het inzien kon niet worden vastgelegd; probeer het later opnieuw");
      response.setStatus(500);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(), problem);
    }

    private static String pad(HttpServletRequest request) {
      return request.getRequestURI().substring(request.getContextPath().length());
    }
  }
}
