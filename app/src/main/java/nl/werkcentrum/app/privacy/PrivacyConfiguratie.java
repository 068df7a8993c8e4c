package nl.werkcentrum.app.privacy;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.LocalDate;
import java.time.Period;

/**
 * Turns on Spring's scheduler (the retention job) and checks at start that the engine forgets no
 * later than we do: its history time to live (the default in application.yaml and each deployed
 * process's own) must not be longer than {@code werkcentrum.bewaartermijn}, or the engine's
 * history would keep a person's variables after our tables let go of them.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PrivacyConfiguratie {

  @Bean
  ApplicationRunner historieNietLangerDanBewaartermijn(Bewaartermijn bewaartermijn, RepositoryService repository,
      @Value("${camunda.bpm.generic-properties.properties.history-time-to-live:}") String historieTtl) {
    return args -> controleer(bewaartermijn.termijn(), historieTtl, repository);
  }

  static void controleer(Period termijn, String historieTtl, RepositoryService repository) {
    LocalDate nu = LocalDate.of(2000, 1, 1);
    long maxDagen = nu.plus(termijn).toEpochDay() - nu.toEpochDay();
    if (maxDagen <= 0) {
      // a typo (P0Y, -P2Y) would remove every ended trajectory's data at the next run
      throw new IllegalStateException("werkcentrum.bewaartermijn (" + termijn + ") is geen positieve termijn");
    }
    if (!historieTtl.isBlank() && ttlDagen(historieTtl) > maxDagen) {
      throw new IllegalStateException("De history time to live van de engine (" + historieTtl
          + ") is langer dan werkcentrum.bewaartermijn (" + termijn + ")");
    }
    repository.createProcessDefinitionQuery().latestVersion().list().stream()
        .filter(d -> d.getHistoryTimeToLive() != null && d.getHistoryTimeToLive() > maxDagen)
        .findFirst().ifPresent(d -> {
          throw new IllegalStateException("Proces " + d.getKey() + " bewaart zijn historie " + d.getHistoryTimeToLive()
              + " dagen, langer dan werkcentrum.bewaartermijn (" + termijn + ")");
        });
  }

  /** The engine takes a number of days or an ISO period of days ({@code P180D}). */
  private static long ttlDagen(String ttl) {
    String waarde = ttl.strip();
    if (waarde.matches("\\d+")) {
      return Long.parseLong(waarde);
    }
    LocalDate nu = LocalDate.of(2000, 1, 1);
    return nu.plus(Period.parse(waarde)).toEpochDay() - nu.toEpochDay();
  }
}
