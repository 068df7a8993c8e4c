package nl.werkcentrum.app.support;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import java.io.IOException;

/**
 * Test-only auto-configuration (listed in META-INF/spring/...AutoConfiguration.imports of the test
 * classpath), so every app a test starts, by {@code @SpringBootTest} or by SpringApplication, tells
 * {@link GeenFoutenInLog} about each 5xx answer. Not every 5xx is logged at ERROR (Camunda's REST
 * layer logs most at WARN), so the log alone would miss them.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class Http5xxRecorder {

  @Bean
  FilterRegistrationBean<Filter> geenFoutenInLog5xxRecorder() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Recorder());
    // outermost, so it sees the status after every other filter, including Spring Security's
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/*");
    return registration;
  }

  static final class Recorder implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      try {
        chain.doFilter(request, response);
      } catch (IOException | ServletException | RuntimeException | Error e) {
        // the container turns this into a 500
        FoutenRecorder.http5xx(500, http.getMethod(), http.getRequestURI());
        throw e;
      }
      int status = ((HttpServletResponse) response).getStatus();
      if (status >= 500) {
        FoutenRecorder.http5xx(status, http.getMethod(), http.getRequestURI());
      }
    }
  }
}
