package nl.werkcentrum.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.werkcentrum.app.api.Problemen;
import nl.werkcentrum.app.proces.VierOgenControle;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Four eyes at the door: handing the second budget review to the budget holder who did the first
 * (assign, claim, delegate; an administrator can, the first reviewer cannot even see the task) is a
 * 403 with the reason. The task listener ({@link VierOgenControle}) refuses it too, but inside the
 * engine a listener's refusal comes out as a 500.
 */
@Configuration(proxyBeanMethods = false)
public class VierOgenToewijzing {

  static final Pattern TOEWIJZEN = Pattern.compile(
      "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:assignee|claim|delegate)");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> vierOgenToewijzingFilter(TaskService taskService, ObjectMapper json) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(taskService, json));
    registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
    registration.setName("vier-ogen-toewijzing");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final TaskService taskService;
    private final ObjectMapper json;

    Filter(TaskService taskService, ObjectMapper json) {
      this.taskService = taskService;
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"POST".equals(request.getMethod()) || !TOEWIJZEN.matcher(pad(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Matcher toewijzen = TOEWIJZEN.matcher(pad(request));
      toewijzen.matches();
      GelezenVerzoek verzoek = new GelezenVerzoek(request);
      String gebruiker = gebruiker(verzoek.body());
      Task taak = gebruiker == null ? null
          : taskService.createTaskQuery().taskId(toewijzen.group(1)).singleResult();
      if (taak != null && VierOgenControle.TWEEDE_BEOORDELING.equals(taak.getTaskDefinitionKey())
          && gebruiker.equals(taskService.getVariable(taak.getId(), VierOgenControle.EERSTE_BEOORDELAAR))) {
        ProblemDetail probleem = Problemen.probleem(HttpStatus.FORBIDDEN,
            "Vier ogen: de tweede beoordeling moet door een andere budgethouder dan " + gebruiker);
        // Tasklist shows an error's "message"
        probleem.setProperty("message", probleem.getDetail());
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), probleem);
        return;
      }
      chain.doFilter(verzoek, response);
    }

    private String gebruiker(byte[] body) {
      try {
        JsonNode userId = body.length == 0 ? null : json.readTree(body).path("userId");
        return userId != null && userId.isTextual() ? userId.asText() : null;
      } catch (IOException notJson) {
        return null; // the engine answers malformed JSON itself
      }
    }

    private static String pad(HttpServletRequest request) {
      return request.getRequestURI().substring(request.getContextPath().length());
    }
  }
}
