package nl.werkcentrum.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.werkcentrum.app.proces.BudgetAanvraagControle;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The budget approval is started by its trajectory. A direct start through the engine REST API
 * without the trajectory's inputs is a 400 here, before the engine: inside the engine the refusal
 * ({@link BudgetAanvraagControle}) could only come out of the start endpoint as a 500. Runs after
 * Spring Security, so only a caller allowed to be here gets this answer.
 */
@Configuration(proxyBeanMethods = false)
public class BudgetStartControle {

  static final Pattern BUDGET_START = Pattern.compile(
      "/engine-rest/process-definition/(?:key/ontschot-budget-goedkeuring|ontschot-budget-goedkeuring:[^/]+)"
          + "(?:/tenant-id/[^/]+)?/(?:start|submit-form)");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> budgetStartControleFilter(ObjectMapper json) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(json));
    registration.addUrlPatterns("/engine-rest/process-definition/*");
    registration.setName("budget-start-controle");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final ObjectMapper json;

    Filter(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"POST".equals(request.getMethod())
          || !BUDGET_START.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      GelezenVerzoek gelezen = new GelezenVerzoek(request);
      byte[] body = gelezen.body();
      JsonNode verzoek;
      try {
        verzoek = body.length == 0 ? json.createObjectNode() : json.readTree(body);
      } catch (IOException notJson) {
        weiger(response, "Het verzoek is geen geldige JSON");
        return;
      }
      JsonNode variabelen = verzoek.path("variables");
      List<String> ontbrekend = new ArrayList<>();
      if (!verzoek.path("businessKey").isTextual()) {
        ontbrekend.add("businessKey (traject-id)");
      }
      BudgetAanvraagControle.INVOER.stream()
          .filter(naam -> variabelen.path(naam).path("value").isMissingNode()
              || variabelen.path(naam).path("value").isNull())
          .forEach(ontbrekend::add);
      if (!ontbrekend.isEmpty()) {
        weiger(response, "Een budgetaanvraag start alleen vanuit een traject; ontbrekend: "
            + String.join(", ", ontbrekend));
        return;
      }
      chain.doFilter(gelezen, response);
    }

    private void weiger(HttpServletResponse response, String detail) throws IOException {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
      problem.setTitle("Ongeldig verzoek");
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
    }
  }
}
