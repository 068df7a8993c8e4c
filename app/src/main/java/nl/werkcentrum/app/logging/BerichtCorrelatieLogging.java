package nl.werkcentrum.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A partner's message ({@code POST /engine-rest/message}) for a trajectory that does not wait for
 * it (any more) is the partner's mistake, not ours: the engine REST API answers 400, and our log
 * gets one WARN line without stack trace. Without this, the engine logs every such message as
 * ERROR {@code ENGINE-16004} with a full stack trace (command exception logging), and the demo
 * ROC's retries alone put ten of them in the log for one ended trajectory, which buries the real
 * errors.
 * <p>
 * Only that case is quieted, and only for requests to {@code /message}: every other command
 * exception, including a 5xx of the same endpoint and job failures, is still logged by the engine
 * at ERROR with its stack trace.
 */
@Configuration(proxyBeanMethods = false)
public class BerichtCorrelatieLogging {

  private static final Logger log = LoggerFactory.getLogger(BerichtCorrelatieLogging.class);

  /** Where the engine's command context logs command exceptions (ENGINE-16004). */
  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  private static final String MESSAGE = "/engine-rest/message";
  private static final Pattern TRAJECT_ID = Pattern.compile("[0-9a-fA-F-]{36}");
  private static final Pattern GEBRUIKER = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern BERICHT_NAAM = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  /** Set while a /message request runs on this thread; true once its correlation mismatched. */
  private static final ThreadLocal<boolean[]> BERICHT_VERZOEK = new ThreadLocal<>();

  private static final TurboFilter GEEN_STACKTRACE_VOOR_NIET_WACHTEND = new TurboFilter() {
    @Override
    public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
        Object[] params, Throwable t) {
      boolean[] verzoek = BERICHT_VERZOEK.get();
      if (verzoek != null && level == Level.ERROR && ENGINE_CONTEXT_LOGGER.equals(logger.getName())
          && isMismatch(params, t)) {
        verzoek[0] = true;
        return FilterReply.DENY;
      }
      return FilterReply.NEUTRAL;
    }
  };

  private static boolean isMismatch(Object[] params, Throwable t) {
    if (t instanceof MismatchingMessageCorrelationException) {
      return true;
    }
    if (params != null) {
      for (Object p : params) {
        if (p instanceof MismatchingMessageCorrelationException) {
          return true;
        }
      }
    }
    return false;
  }

  public BerichtCorrelatieLogging() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof LoggerContext logback) {
      synchronized (logback) {
        if (!logback.getTurboFilterList().contains(GEEN_STACKTRACE_VOOR_NIET_WACHTEND)) {
          GEEN_STACKTRACE_VOOR_NIET_WACHTEND.setName("bericht-niet-wachtend");
          GEEN_STACKTRACE_VOOR_NIET_WACHTEND.start();
          logback.addTurboFilter(GEEN_STACKTRACE_VOOR_NIET_WACHTEND);
        }
      }
    }
  }

  @Bean
  FilterRegistrationBean<BerichtFilter> berichtCorrelatieLoggingFilter(ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new BerichtFilter(json));
    registration.addUrlPatterns(MESSAGE);
    // outside Spring Security, so a refused message (401, 403) gets its line too
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  static final class BerichtFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    BerichtFilter(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingRequestWrapper cached = new ContentCachingRequestWrapper(request, 64 * 1024);
      boolean[] nietWachtend = {false};
      BERICHT_VERZOEK.set(nietWachtend);
      try {
        chain.doFilter(cached, response);
      } finally {
        BERICHT_VERZOEK.remove();
      }
      int status = response.getStatus();
      if (status >= 400 && status < 500) {
        waarschuw(cached, status, nietWachtend[0]);
      }
    }

    /** Names the message and the trajectory only: variables may hold personal data. */
    private void waarschuw(ContentCachingRequestWrapper request, int status, boolean nietWachtend) {
      String naam = "?";
      String traject = "?";
      try {
        JsonNode body = json.readTree(request.getContentAsByteArray());
        if (body != null) {
          naam = veilig(body.path("messageName").asText(""), BERICHT_NAAM);
          traject = veilig(body.path("businessKey").asText(""), TRAJECT_ID);
        }
      } catch (IOException | RuntimeException e) {
        // malformed JSON: the engine said so in its answer; the names stay unknown here
      }
      String gebruiker = veilig(gebruiker(request), GEBRUIKER);
      if (nietWachtend) {
        log.warn("Bericht {} voor traject {} van {} geweigerd ({}): het traject wacht er niet (meer) op",
            naam, traject, gebruiker, status);
      } else {
        log.warn("Bericht {} voor traject {} van {} geweigerd ({})", naam, traject, gebruiker, status);
      }
    }

    /** The basic-auth user name; this filter runs outside Spring Security, which has no principal here. */
    private static String gebruiker(HttpServletRequest request) {
      String header = request.getHeader("Authorization");
      if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
        return "";
      }
      try {
        String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = credentials.indexOf(':');
        return colon < 0 ? "" : credentials.substring(0, colon);
      } catch (IllegalArgumentException e) {
        return "";
      }
    }

    /** Whatever a caller put in a field, only an expected shape gets into the log (never a BSN). */
    private static String veilig(String waarde, Pattern vorm) {
      return vorm.matcher(waarde).matches() ? waarde : "(onleesbaar)";
    }
  }
}
