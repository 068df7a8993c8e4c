package nl.werkcentrum.workers.common;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Makes {@link WorkerSettings} available to every partner's handlers, and fixes the client's fetch order. */
@AutoConfiguration
@EnableConfigurationProperties(WorkerSettings.class)
public class WorkerAutoConfiguration {

  /** Static: a post-processor is created before the other beans of its configuration. */
  @Bean
  static CreateTimeOrder createTimeOrder(Environment environment) {
    return new CreateTimeOrder(environment);
  }
}
