package nl.werkcentrum.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.werkcentrum.app.api.Problemen;
import nl.werkcentrum.app.security.WebappSessionAuthentication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task that is gone (a colleague completed it, the caseworker clicked twice, the process moved
 * on) is a 404 problem+json for whoever is logged in, on {@code /engine-rest} and on Tasklist's
 * own API alike. The engine answers most of these calls (its form, its variables, its identity
 * links, completing or claiming it) with a 500 and an ERROR in the log instead. Tasklist asks for
 * them when a caseworker has a task open that a colleague just finished, and shows our Dutch
 * {@code message}. Comments and attachments stay with the engine: they outlive their task.
 */
@Configuration(proxyBeanMethods = false)
public class VerdwenenTaak {

  static final Pattern TAAK = Pattern.compile(Aanroeper.ENGINE + "/task/([^/]+)/"
      + "(?:form|deployed-form|rendered-form|form-variables|variables|localVariables|identity-links|complete"
      + "|submit-form|resolve|claim|unclaim|assignee|delegate|bpmnError|bpmnEscalation)(?:/.*)?");
  static final String MELDING = "Deze taak is al afgerond of bestaat niet meer. Vernieuw de takenlijst.";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> verdwenenTaakFilter(TaskService taskService,
      IdentityService identityService, WebappSessionAuthentication webapps, ObjectMapper json) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(
        new Filter(taskService, identityService, webapps, json));
    registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
    registration.setName("verdwenen-taak");
    // after Spring Security (-100), before the form guard and the engine REST API's own filters
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 11);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final TaskService taskService;
    private final IdentityService identityService;
    private final WebappSessionAuthentication webapps;
    private final ObjectMapper json;

    Filter(TaskService taskService, IdentityService identityService, WebappSessionAuthentication webapps,
        ObjectMapper json) {
      this.taskService = taskService;
      this.identityService = identityService;
      this.webapps = webapps;
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !TAAK.matcher(Aanroeper.pad(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Matcher taak = TAAK.matcher(Aanroeper.pad(request));
      if (taak.matches() && Aanroeper.van(request, webapps).isPresent() && !bestaat(taak.group(1))) {
        TasklistProbleem.schrijf(response, Problemen.probleem(HttpStatus.NOT_FOUND, MELDING), json);
        return;
      }
      chain.doFilter(request, response);
    }

    /**
     * Whether a task by this id exists at all, whoever may see it: the engine tells that much to any
     * caller too (a 500 for a missing task, a 403 for a hidden one); what the task holds it does not.
     */
    private boolean bestaat(String taskId) {
      identityService.clearAuthentication();
      return taskService.createTaskQuery().taskId(taskId).count() > 0;
    }
  }
}
