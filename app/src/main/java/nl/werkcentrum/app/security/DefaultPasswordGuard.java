package nl.werkcentrum.app.security;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.util.Set;

/** Refuses to start outside the demo profile while the administrator has a well-known password. */
@Component
public class DefaultPasswordGuard implements InitializingBean {

  private static final Set<String> WELL_KNOWN = Set.of("", "demo", "admin", "camunda", "password");

  private final Environment environment;
  private final String adminPassword;

  public DefaultPasswordGuard(Environment environment,
      @Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
    this.environment = environment;
    this.adminPassword = adminPassword;
  }

  @Override
  public void afterPropertiesSet() {
    if (!environment.acceptsProfiles(Profiles.of("demo"))
        && WELL_KNOWN.contains(adminPassword.trim().toLowerCase())) {
      throw new IllegalStateException("The administrator password is empty or well known. Set "
          + "WERKCENTRUM_ADMIN_PASSWORD, or run with the demo profile for a demonstration.");
    }
  }
}
