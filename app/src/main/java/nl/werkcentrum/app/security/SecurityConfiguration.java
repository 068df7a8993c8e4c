package nl.werkcentrum.app.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors, and the actuator. Machines (partner systems, our API clients) use HTTP basic on {@code /engine-rest}
 * and {@code /api}, without sessions. People use the Camunda webapps, which keep their own login
 * and CSRF protection. In both cases the engine's authorization service decides what a user
 * may see and do; Spring Security only establishes who the caller is.
 */
@Configuration
public class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain machineApis(HttpSecurity http, PartnerWorkerAccessFilter partnerWorkerAccess,
      WebappSessionAuthentication webappSession, ProblemJsonRefusals refusals) throws Exception {
    return http
        .securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**")))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
        // 401 and 403 in the API's problem+json shape, not Spring Security's bare status
        .exceptionHandling(refused -> refused.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // stateless basic auth: no cookie a browser could replay, so no CSRF token either
        .csrf(csrf -> csrf.disable())
        .addFilterAfter(partnerWorkerAccess, AuthorizationFilter.class)
        // the report page's reads may use the webapps' login instead (see that class)
        .addFilterBefore(webappSession.filter(), BasicAuthenticationFilter.class)
        .build();
  }

  /**
   * Health and info are public (load balancers, probes); metrics and every other actuator
   * endpoint say too much about the running system for anyone but operations and administrators.
   */
  @Bean
  @Order(2)
  SecurityFilterChain actuator(HttpSecurity http, ProblemJsonRefusals refusals) throws Exception {
    return http
        .securityMatcher(path("/actuator/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path("/actuator/health/**"), path("/actuator/info")).permitAll()
            .anyRequest().hasAnyAuthority(WerkcentrumRoles.BEHEER_OPERATIONS, WerkcentrumRoles.ADMIN))
        .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
        .exceptionHandling(refused -> refused.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            // error pages show the real status of a failed request instead of a second 401
            .requestMatchers(path("/error")).permitAll()
            .requestMatchers(path("/v3/api-docs/**"), path("/swagger-ui/**"), path("/swagger-ui.html"))
            .permitAll()
            // the webapps authenticate against the engine themselves
            .requestMatchers(path("/camunda/**"), path("/")).permitAll()
            // the report page is static; its data calls carry the webapps' login (WebappSessionAuthentication)
            .requestMatchers(path("/rapportage.html"), path("/webjars/chart.js/**")).permitAll()
            .anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        // the webapps bring their own CSRF protection (X-XSRF-TOKEN); Spring's would break it
        .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
        .build();
  }

  /**
   * Plain path matching: the engine REST API (Jersey) and the webapps are servlets and filters
   * of their own, outside Spring MVC, so MVC-based matchers would not see them.
   */
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  /**
   * Hands the caller Spring Security established to the engine, which then applies its
   * authorizations (and group memberships) to every engine REST call but a partner system's
   * fetch-and-lock, whose scope the partner filter has already enforced (see that class).
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(
      @Value("${werkcentrum.security.partner-ophalen-met-engine-autorisatie:false}") boolean ophalenMetAutorisatie) {
    var registration = new FilterRegistrationBean<ProcessEngineAuthenticationFilter>(
        new EngineRestAuthenticatie(ophalenMetAutorisatie));
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider",
        SpringSecurityEngineAuthentication.class.getName());
    registration.setName("camunda-engine-rest-authentication");
    return registration;
  }

  /** The worker filter runs inside the security chain only, never as a plain servlet filter. */
  @Bean
  FilterRegistrationBean<PartnerWorkerAccessFilter> partnerWorkerAccessNotAsServletFilter(
      PartnerWorkerAccessFilter filter) {
    var registration = new FilterRegistrationBean<>(filter);
    registration.setEnabled(false);
    return registration;
  }
}
