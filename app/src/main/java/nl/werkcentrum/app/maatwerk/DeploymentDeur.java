package nl.werkcentrum.app.maatwerk;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.werkcentrum.app.api.Problemen;
import nl.werkcentrum.app.security.WebappSessionAuthentication;
import nl.werkcentrum.app.security.WerkcentrumRoles;
import nl.werkcentrum.app.web.GelezenVerzoek;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who deploys for which tenant, at the door of the engine REST API (Camunda Modeler's "Deploy" is
 * {@code POST /engine-rest/deployment/create}, multipart, with the form field {@code tenant-id}). The
 * engine grants CREATE on DEPLOYMENT to process owners only (ProcesbeheerInrichting), but cannot tie
 * it to a tenant; here a region's process owner deploys only with their own region as tenant id, and
 * only a national one (or an administrator) without one, i.e. the shared models. For a tenant only
 * decisions, forms and the called processes may be deployed, not a trajectory of its own. A redeploy keeps
 * the tenant of the deployment it repeats, so the same rule applies to that one. Anyone else gets a
 * 403 problem+json before the engine sees the request. The same holds for the copy of the engine
 * REST API the webapps use ({@code /camunda/api/engine/...}), with the webapps' login.
 */
@Configuration(proxyBeanMethods = false)
class DeploymentDeur {

  /** The engine REST API, and the same API as the webapps (Cockpit) reach it with their own login. */
  static final Pattern CREATE = Pattern.compile("(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/deployment/create");
  /** The processes a region may run its own version of: those the trajectory calls. */
  static final List<String> REGIONALE_PROCESSEN = List.of(WerkcentrumRoles.BUDGET_GOEDKEURING);
  static final Pattern REDEPLOY = Pattern.compile("(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/deployment/([^/]+)/redeploy");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> deploymentDeurFilter(ObjectMapper json, RepositoryService repositoryService,
      WebappSessionAuthentication webapps) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(json, repositoryService, webapps));
    registration.addUrlPatterns("/engine-rest/deployment/*", "/camunda/api/engine/*");
    registration.setName("deployment-deur");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final RepositoryService repositoryService;
    private final WebappSessionAuthentication webapps;

    Filter(ObjectMapper json, RepositoryService repositoryService, WebappSessionAuthentication webapps) {
      this.json = json;
      this.repositoryService = repositoryService;
      this.webapps = webapps;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String path = pad(request);
      return !"POST".equals(request.getMethod()) || !(CREATE.matcher(path).matches() || REDEPLOY.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      // on /engine-rest Spring Security established the caller; the webapps keep their own login
      Procesbeheer beheer = Procesbeheer.van(pad(request).startsWith("/camunda/")
          ? webapps.caller(request).orElse(null) : SecurityContextHolder.getContext().getAuthentication());
      if (!beheer.isProcesbeheerder()) {
        weiger(response, "Alleen procesbeheerders deployen modellen");
        return;
      }
      Matcher redeploy = REDEPLOY.matcher(pad(request));
      if (redeploy.matches()) {
        Deployment bron = repositoryService.createDeploymentQuery().deploymentId(redeploy.group(1)).singleResult();
        if (bron != null && !beheer.mag(bron.getTenantId())) {
          weiger(response, weigering(bron.getTenantId()));
          return;
        }
        chain.doFilter(request, response);
        return;
      }
      GelezenVerzoek gelezen = new GelezenVerzoek(request);
      List<Multipart.Deel> delen = Multipart.delen(request.getContentType(), gelezen.body());
      String tenant = Multipart.veld(delen, "tenant-id").filter(waarde -> !waarde.isBlank()).orElse(null);
      if (!beheer.mag(tenant)) {
        weiger(response, weigering(tenant));
        return;
      }
      Optional<String> nietRegionaal = tenant == null ? Optional.empty() : nietRegionaal(delen);
      if (nietRegionaal.isPresent()) {
        weiger(response, "Een regio deployt alleen de delen die per regio verschillen (beslissingen, "
            + String.join(", ", REGIONALE_PROCESSEN) + "), niet " + nietRegionaal.get());
        return;
      }
      chain.doFilter(gelezen, response);
    }

    /**
     * A process of a tenant's own other than the called ones. A region's own trajectory would, among
     * other things, add a second start for every sign-up message, and then no sign-up could start.
     */
    private static Optional<String> nietRegionaal(List<Multipart.Deel> delen) {
      for (Multipart.Deel deel : delen) {
        String bestand = deel.bestand() == null ? "" : deel.bestand().toLowerCase();
        if (!bestand.endsWith(".bpmn") && !bestand.endsWith(".bpmn20.xml")) {
          continue;
        }
        try {
          for (Process proces : Bpmn.readModelFromStream(new ByteArrayInputStream(deel.inhoud()))
              .getModelElementsByType(Process.class)) {
            if (!REGIONALE_PROCESSEN.contains(proces.getId())) {
              return Optional.of(proces.getId());
            }
          }
        } catch (ModelException onleesbaar) {
          return Optional.empty(); // the engine refuses a model it cannot parse, with its reason
        }
      }
      return Optional.empty();
    }

    private static String weigering(String tenant) {
      return tenant == null
          ? "Alleen landelijke procesbeheerders deployen de landelijke modellen (zonder tenant-id); "
              + "geef als tenant-id de code van je eigen regio"
          : "Een procesbeheerder deployt alleen voor de eigen regio, niet voor " + tenant;
    }

    private static String pad(HttpServletRequest request) {
      return request.getRequestURI().substring(request.getContextPath().length());
    }

    private void weiger(HttpServletResponse response, String detail) throws IOException {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), Problemen.probleem(HttpStatus.FORBIDDEN, detail));
    }
  }

  /** Just enough of multipart/form-data (RFC 7578) to read its parts; the engine parses it again. */
  static final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern DISPOSITION = Pattern.compile("(?i)content-disposition:\\s*form-data;([^\\r\\n]*)");
    private static final Pattern NAAM = Pattern.compile("(?i)\\bname=\"([^\"]*)\"");
    private static final Pattern BESTAND = Pattern.compile("(?i)\\bfilename=\"([^\"]*)\"");

    /** One part: its field name, its file name (null for a plain field) and its bytes. */
    record Deel(String naam, String bestand, byte[] inhoud) {
      String tekst() {
        return new String(inhoud, StandardCharsets.UTF_8).trim();
      }
    }

    private Multipart() {
    }

    static List<Deel> delen(String contentType, byte[] body) {
      if (contentType == null) {
        return List.of();
      }
      Matcher grens = BOUNDARY.matcher(contentType);
      if (!grens.find()) {
        return List.of();
      }
      String scheiding = "--" + (grens.group(1) != null ? grens.group(1) : grens.group(2));
      // ISO-8859-1 maps every byte to one char and back, so files of any encoding pass unharmed
      String tekst = new String(body, StandardCharsets.ISO_8859_1);
      List<Deel> delen = new ArrayList<>();
      for (String deel : tekst.split(Pattern.quote(scheiding))) {
        int kopEinde = deel.indexOf("\r\n\r\n");
        Matcher dispositie = kopEinde < 0 ? null : DISPOSITION.matcher(deel.substring(0, kopEinde));
        if (dispositie == null || !dispositie.find()) {
          continue;
        }
        Matcher naam = NAAM.matcher(dispositie.group(1));
        Matcher bestand = BESTAND.matcher(dispositie.group(1));
        String inhoud = deel.substring(kopEinde + 4);
        if (inhoud.endsWith("\r\n")) {
          inhoud = inhoud.substring(0, inhoud.length() - 2);
        }
        delen.add(new Deel(naam.find() ? naam.group(1) : null, bestand.find() ? bestand.group(1) : null,
            inhoud.getBytes(StandardCharsets.ISO_8859_1)));
      }
      return delen;
    }

    static Optional<String> veld(List<Deel> delen, String naam) {
      return delen.stream().filter(deel -> deel.bestand() == null && naam.equals(deel.naam()))
          .map(Deel::tekst).findFirst();
    }
  }
}
