package nl.werkcentrum.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

@Configuration
class ClockConfiguration {

  /** Budget years and dates follow Dutch time. */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/Amsterdam"));
  }
}
