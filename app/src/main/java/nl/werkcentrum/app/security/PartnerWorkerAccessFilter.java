package nl.werkcentrum.app.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a partner's system to its own work on the engine REST API: it may fetch and lock only its
 * own topics, asking only for the variables that topic needs (data minimisation), report on the
 * external tasks of those topics, and send its own messages. Everything else is refused with 403.
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
    var body = new CachedBodyRequest(request);
    String refusal;
    try {
      refusal = refusal(partner.get(), body);
    } catch (JsonProcessingException malformed) {
      problem(response, HttpStatus.BAD_REQUEST, "The request body is not valid JSON");
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
  private String refusal(PartnerWorkerProperties.Partner partner, CachedBodyRequest request)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!"POST".equals(request.getMethod())) {
      return "A partner system may only fetch, report on its external tasks and send messages";
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
          ? null : "External task " + report.group(1) + " is not one of this partner's topics";
    }
    if (path.equals(MESSAGE)) {
      String message = json.readTree(request.body()).path("messageName").asText();
      return partner.messages().contains(message)
          ? null : "Message '" + message + "' may not be sent by this partner";
    }
    if (path.equals(SIGN_UP)) {
      return null;
    }
    return "A partner system may only fetch, report on its external tasks and send messages";
  }

  private static String topicRefusal(PartnerWorkerProperties.Partner partner, JsonNode topics) {
    if (!topics.isArray() || topics.isEmpty()) {
      return "fetchAndLock needs at least one topic";
    }
    for (JsonNode topic : topics) {
      String name = topic.path("topicName").asText();
      List<String> allowed = partner.topics().get(name);
      if (allowed == null) {
        return "Topic '" + name + "' is not one of this partner's topics";
      }
      JsonNode variables = topic.path("variables");
      if (!variables.isArray()) {
        return "Topic '" + name + "' must name the variables it fetches, one of " + allowed;
      }
      List<String> asked = new ArrayList<>();
      variables.forEach(v -> asked.add(v.asText()));
      if (!allowed.containsAll(asked)) {
        return "Topic '" + name + "' may fetch only " + allowed + ", not " + asked;
      }
    }
    return null;
  }

  private void problem(HttpServletResponse response, HttpStatus status, String reason)
      throws IOException {
    var problem = ProblemDetail.forStatusAndDetail(status, reason);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  /** The body is read here to check it and must still reach the engine REST API afterwards. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request) throws IOException {
      super(request);
      this.body = request.getInputStream().readAllBytes();
    }

    byte[] body() {
      return body;
    }

    @Override
    public ServletInputStream getInputStream() {
      var in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
          java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
