package nl.werkcentrum.app.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.werkcentrum.app.web.GelezenVerzoek;
import nl.werkcentrum.contract.Contract;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a partner's system to its own step, as the contract (contract/werkcentrum-contract.json)
 * declares it: it fetches only its own topics and only the variables each needs (data
 * minimisation), writes only those topics' outputs and raises only their BPMN errors, sends only
 * its own messages with their variables and only to trajectories where it has the role the
 * message needs, signs up only through its own channel, and reads the BSN only of a task it holds. Everything else is a 403
 * problem+json before the engine sees it, and a worker's call the engine would fail on as its own
 * error (no worker id, a lock of no length, a message variable that is no text) a 400
 * ({@link WerkerVerzoekVorm}). Camunda's authorizations cannot scope external tasks
 * by topic or variables by writer, so this is where that lives. Callers that are no partner
 * system pass untouched; the engine's authorizations govern them.
 */
@Component
public class PartnerWorkerAccessFilter extends OncePerRequestFilter {

  private static final String FETCH_AND_LOCK = "/engine-rest/external-task/fetchAndLock";
  private static final String MESSAGE = "/engine-rest/message";
  private static final Pattern TASK_REPORT = Pattern.compile(
      "/engine-rest/external-task/([^/]+)/(complete|failure|bpmnError|extendLock|unlock)");
  private static final String SIGN_UP = "/api/aanmeldingen";
  /** An employer's question, and the open vacancies, for the partner whose message starts one. */
  private static final String WERKGEVERSVRAAG = "/api/werkgeversvragen";
  private static final Pattern VACATURES = Pattern.compile("/api/regios/[^/]+/vacatures");
  /** The BSN of a task the worker holds; the endpoint itself checks topic and lock (BsnTaakToegang). */
  private static final Pattern TASK_BSN = Pattern.compile("/api/externe-taken/[^/]+/bsn");
  private static final String ALLEEN_EIGEN_WERK =
      "Een partnersysteem mag alleen eigen taken ophalen, daarover rapporteren en berichten sturen";

  private final Contract contract;
  private final PartnerRegels regels;
  private final ExternalTaskService externalTaskService;
  private final ObjectMapper json;

  public PartnerWorkerAccessFilter(TrajectRollen rollen, ExternalTaskService externalTaskService, ObjectMapper json) {
    this.contract = Contract.werkcentrum();
    this.regels = new PartnerRegels(contract, rollen);
    this.externalTaskService = externalTaskService;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Optional<String> partner = partnerOf(SecurityContextHolder.getContext().getAuthentication());
    if (partner.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    var body = new GelezenVerzoek(request);
    Optional<String> refusal;
    Optional<String> malformed;
    try {
      refusal = refusal(partner.get(), body);
      malformed = refusal.isPresent() ? Optional.empty() : malformed(body);
    } catch (JsonProcessingException notJson) {
      problem(response, HttpStatus.BAD_REQUEST, "Het verzoek is geen geldige JSON");
      return;
    }
    if (refusal.isPresent()) {
      problem(response, HttpStatus.FORBIDDEN, refusal.get());
      return;
    }
    if (malformed.isPresent()) {
      problem(response, HttpStatus.BAD_REQUEST, malformed.get());
      return;
    }
    chain.doFilter(body, response);
  }

  private Optional<String> partnerOf(Authentication caller) {
    if (caller == null) {
      return Optional.empty();
    }
    return caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .map(contract::partnerVanGroep)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private Optional<String> refusal(String partner, GelezenVerzoek request) throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("GET".equals(request.getMethod()) && TASK_BSN.matcher(path).matches()) {
      return Optional.empty();
    }
    boolean werkgeverspartner = contract.berichtenVan(partner).contains(WerkcentrumAuthorizations.WERKGEVERSVRAAG_BERICHT);
    if (werkgeverspartner && ("GET".equals(request.getMethod()) && VACATURES.matcher(path).matches()
        || "POST".equals(request.getMethod()) && path.equals(WERKGEVERSVRAAG))) {
      return Optional.empty();
    }
    if (!"POST".equals(request.getMethod())) {
      return Optional.of(ALLEEN_EIGEN_WERK);
    }
    if (path.equals(FETCH_AND_LOCK)) {
      return regels.ophalen(partner, body(request).path("topics"));
    }
    Matcher report = TASK_REPORT.matcher(path);
    if (report.matches()) {
      ExternalTask task = externalTaskService.createExternalTaskQuery().externalTaskId(report.group(1)).singleResult();
      if (task == null) {
        return Optional.empty(); // the engine answers 404 for an unknown task
      }
      if (!contract.topicsVan(partner).containsKey(task.getTopicName())) {
        return Optional.of("Taak " + report.group(1) + " hoort niet bij de topics van deze partner");
      }
      return regels.rapporteren(task.getTopicName(), report.group(2), body(request));
    }
    if (path.equals(MESSAGE)) {
      return regels.bericht(partner, body(request));
    }
    if (path.equals(SIGN_UP)) {
      return regels.aanmelding(partner, body(request));
    }
    return Optional.of(ALLEEN_EIGEN_WERK);
  }

  /** A partner's call the engine would fail on as its own error (500): a 400 naming the field. */
  private Optional<String> malformed(GelezenVerzoek request) throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals(FETCH_AND_LOCK)) {
      return WerkerVerzoekVorm.fout("fetchAndLock", body(request));
    }
    if (path.equals(MESSAGE)) {
      return WerkerVerzoekVorm.bericht(body(request));
    }
    Matcher report = TASK_REPORT.matcher(path);
    return report.matches() ? WerkerVerzoekVorm.fout(report.group(2), body(request)) : Optional.empty();
  }

  private JsonNode body(GelezenVerzoek request) throws IOException {
    return request.body().length == 0 ? json.createObjectNode() : json.readTree(request.body());
  }

  private void problem(HttpServletResponse response, HttpStatus status, String reason) throws IOException {
    var problem = ProblemDetail.forStatusAndDetail(status, reason);
    problem.setTitle(status == HttpStatus.FORBIDDEN ? "Niet toegestaan" : "Ongeldig verzoek");
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
