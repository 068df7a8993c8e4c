package nl.werkcentrum.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * A form the engine refused (a BSN failing the 11-proef, more spent than reserved) reaches the
 * caseworker as Tasklist shows it: the engine REST API puts "Cannot instantiate process definition
 * werkcentrum-traject:1:8f3e...: " before our Dutch reason. This filter takes that technical prefix
 * off the 400 answers of form submissions, in Tasklist's API and in the engine REST API alike, and
 * leaves every other answer as it is.
 */
@Configuration(proxyBeanMethods = false)
public class FormulierWeigeringMelding {

  static final Pattern TECHNISCH_VOORVOEGSEL = Pattern.compile(
      "^Cannot (?:instantiate process definition|submit task form|complete task) \\S+: ");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> formulierWeigeringMeldingFilter(ObjectMapper json) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(json));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setName("formulier-weigering-melding");
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final ObjectMapper json;

    Filter(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String uri = request.getRequestURI();
      return !"POST".equals(request.getMethod())
          || !(uri.endsWith("/submit-form") || uri.endsWith("/complete") || uri.endsWith("/start"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      var cached = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, cached);
      if (cached.getStatus() == HttpServletResponse.SC_BAD_REQUEST && cached.getContentSize() > 0) {
        herschrijf(cached);
      }
      cached.copyBodyToResponse();
    }

    private void herschrijf(ContentCachingResponseWrapper response) throws IOException {
      JsonNode body;
      try {
        body = json.readTree(response.getContentAsByteArray());
      } catch (IOException notJson) {
        return;
      }
      if (body instanceof ObjectNode object && object.path("message").isTextual()) {
        String melding = object.get("message").asText();
        String zonder = TECHNISCH_VOORVOEGSEL.matcher(melding).replaceFirst("");
        if (!zonder.equals(melding)) {
          object.put("message", zonder);
          response.resetBuffer();
          response.getOutputStream().write(json.writeValueAsBytes(object));
        }
      }
    }
  }
}
