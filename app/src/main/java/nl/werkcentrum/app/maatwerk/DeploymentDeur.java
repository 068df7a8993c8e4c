package nl.werkcentrum.app.maatwerk;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.werkcentrum.app.api.Problemen;
import nl.werkcentrum.app.web.GelezenVerzoek;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who deploys for which tenant, at the door of the engine REST API (Camunda Modeler's "Deploy" is
 * {@code POST /engine-rest/deployment/create}, multipart, with the form field {@code tenant-id}). The
 * engine grants CREATE on DEPLOYMENT to process owners only (ProcesbeheerInrichting), but cannot tie
 * it to a tenant; here a region's process owner deploys only with their own region as tenant id, and
 * only a national one (or an administrator) without one, i.e. the shared models. A redeploy keeps
 * the tenant of the deployment it repeats, so the same rule applies to that one. Anyone else gets a
 * 403 problem+json before the engine sees the request.
 */
@Configuration(proxyBeanMethods = false)
class DeploymentDeur {

  static final String CREATE = "/engine-rest/deployment/create";
  static final Pattern REDEPLOY = Pattern.compile("/engine-rest/deployment/([^/]+)/redeploy");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> deploymentDeurFilter(ObjectMapper json, RepositoryService repositoryService) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(json, repositoryService));
    registration.addUrlPatterns("/engine-rest/deployment/*");
    registration.setName("deployment-deur");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final RepositoryService repositoryService;

    Filter(ObjectMapper json, RepositoryService repositoryService) {
      this.json = json;
      this.repositoryService = repositoryService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String path = pad(request);
      return !"POST".equals(request.getMethod()) || !(CREATE.equals(path) || REDEPLOY.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Procesbeheer beheer = Procesbeheer.van(SecurityContextHolder.getContext().getAuthentication());
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
      String tenant = Multipart.veld(request.getContentType(), gelezen.body(), "tenant-id")
          .filter(waarde -> !waarde.isBlank()).orElse(null);
      if (!beheer.mag(tenant)) {
        weiger(response, weigering(tenant));
        return;
      }
      chain.doFilter(gelezen, response);
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

  /** Just enough of multipart/form-data (RFC 7578) to read one text field; the engine parses the rest. */
  static final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAAM = Pattern.compile("(?i)content-disposition:\\s*form-data;[^\\r\\n]*\\bname=\"([^\"]*)\"");

    private Multipart() {
    }

    static Optional<String> veld(String contentType, byte[] body, String naam) {
      if (contentType == null) {
        return Optional.empty();
      }
      Matcher grens = BOUNDARY.matcher(contentType);
      if (!grens.find()) {
        return Optional.empty();
      }
      String scheiding = "--" + (grens.group(1) != null ? grens.group(1) : grens.group(2));
      // ISO-8859-1 maps every byte to one char, so files of any encoding pass unharmed
      String tekst = new String(body, java.nio.charset.StandardCharsets.ISO_8859_1);
      for (String deel : tekst.split(Pattern.quote(scheiding))) {
        int kopEinde = deel.indexOf("\r\n\r\n");
        if (kopEinde < 0) {
          continue;
        }
        Matcher veldnaam = NAAM.matcher(deel.substring(0, kopEinde));
        if (veldnaam.find() && veldnaam.group(1).equals(naam)) {
          String waarde = deel.substring(kopEinde + 4);
          if (waarde.endsWith("\r\n")) {
            waarde = waarde.substring(0, waarde.length() - 2);
          }
          return Optional.of(new String(waarde.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
              java.nio.charset.StandardCharsets.UTF_8).trim());
        }
      }
      return Optional.empty();
    }
  }
}
