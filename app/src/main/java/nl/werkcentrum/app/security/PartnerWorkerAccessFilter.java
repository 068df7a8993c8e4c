package nl.werkcentrum.app.security;

import nl.werkcentrum.app.web.GelezenVerzoek;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a partner's system to its own work on the engine REST API: it may fetch and lock only its
 * own topics, asking only for the variables that topic needs (data minimisation), report on the
 * external tasks of those topics, send its own messages, sign people up and read the BSN of a task
 * it holds. Everything else is refused with 403.
 * Callers that are no partner system pass untouched; the engine's authorizations govern them.
 */
@Component
@EnableConfigurationProperties(PartnerWorkerProperties.class)
public class PartnerWorkerAccessFilter extends OncePerRequestFilter {

  private static final String FETCH_AND_LOCK = "/engine-rest/external-task/fetchAndLock";
  private static final String MESSAGE = "/engine-rest/message";
  private static final Pattern TASK_REPORT = Pattern.compile(
      "/engine-rest/external-task/([^/]+)/(complete|failure|bpmnError|extendLock|unlock)");
  private static final String SIGN_UP = "/api/aanmeldingen";
  /** The BSN of a task the worker holds; the endpoint itself checks topic and lock (ExterneTaakBsnController). */
  private static final Pattern TASK_BSN = Pattern.compile("/api/externe-taken/[^/]+/bsn");

  private final PartnerWorkerProperties properties;
  private final ExternalTaskService externalTaskService;
  private final ObjectMapper json;

  public PartnerWorkerAccessFilter(PartnerWorkerProperties properties,
      ExternalTaskService externalTaskService, ObjectMapper json) {
    this.properties = properties;
    this.externalTaskService = externalTaskService;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Optional<PartnerWorkerProperties.Partner> partner = partnerOf(
        SecurityContextHolder.getContext().getAuthentication());
    if (partner.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    var body = new GelezenVerzoek(request);
    String refusal;
    try {
      refusal = refusal(partner.get(), body);
    } catch (JsonProcessingException malformed) {
      problem(response, HttpStatus.BAD_REQUEST, "Het verzoek is geen geldige JSON");
      return;
    }
    if (refusal != null) {
      problem(response, HttpStatus.FORBIDDEN, refusal);
      return;
    }
    chain.doFilter(body, response);
  }

  private Optional<PartnerWorkerProperties.Partner> partnerOf(Authentication caller) {
    if (caller == null) {
      return Optional.empty();
    }
    return caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(properties.partnerWorkers()::containsKey)
        .findFirst()
        .map(properties.partnerWorkers()::get);
  }

  /** Why the request is refused, or null when the partner may make it. */
  private String refusal(PartnerWorkerProperties.Partner partner, GelezenVerzoek request)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("GET".equals(request.getMethod()) && TASK_BSN.matcher(path).matches()) {
      return null;
    }
    if (!"POST".equals(request.getMethod())) {
      return "Een partnersysteem mag alleen eigen taken ophalen, daarover rapporteren en berichten sturen";
    }
    if (path.equals(FETCH_AND_LOCK)) {
      return topicRefusal(partner, json.readTree(request.body()).path("topics"));
    }
    Matcher report = TASK_REPORT.matcher(path);
    if (report.matches()) {
      ExternalTask task = externalTaskService.createExternalTaskQuery()
          .externalTaskId(report.group(1)).singleResult();
      // an unknown task is left to the engine, which answers 404 for it
      return task == null || partner.topics().containsKey(task.getTopicName())
          ? null : "Taak " + report.group(1) + " hoort niet bij de topics van deze partner";
    }
    if (path.equals(MESSAGE)) {
      String message = json.readTree(request.body()).path("messageName").asText();
      return partner.messages().contains(message)
          ? null : "Bericht '" + message + "' mag deze partner niet sturen";
    }
    if (path.equals(SIGN_UP)) {
      return null;
    }
    return "Een partnersysteem mag alleen eigen taken ophalen, daarover rapporteren en berichten sturen";
  }

  private static String topicRefusal(PartnerWorkerProperties.Partner partner, JsonNode topics) {
    if (!topics.isArray() || topics.isEmpty()) {
      return "fetchAndLock vraagt om ten minste één topic";
    }
    for (JsonNode topic : topics) {
      String name = topic.path("topicName").asText();
      List<String> allowed = partner.topics().get(name);
      if (allowed == null) {
        return "Topic '" + name + "' hoort niet bij deze partner";
      }
      JsonNode variables = topic.path("variables");
      if (!variables.isArray()) {
        return "Topic '" + name + "' moet de variabelen noemen die het ophaalt, uit " + allowed;
      }
      List<String> asked = new ArrayList<>();
      variables.forEach(v -> asked.add(v.asText()));
      if (!allowed.containsAll(asked)) {
        return "Topic '" + name + "' mag alleen " + allowed + " ophalen, niet " + asked;
      }
    }
    return null;
  }

  private void problem(HttpServletResponse response, HttpStatus status, String reason)
      throws IOException {
    var problem = ProblemDetail.forStatusAndDetail(status, reason);
    problem.setTitle(status == HttpStatus.FORBIDDEN ? "Niet toegestaan" : "Ongeldig verzoek");
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
