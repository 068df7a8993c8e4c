package nl.werkcentrum.workers;

import nl.werkcentrum.workers.common.WorkerSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Settings as the defaults of application.yaml give them, for handler tests. */
public final class TestSettings {

  public static final WorkerSettings WORKER = new WorkerSettings(Duration.ofSeconds(30),
      List.of(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5)));

  private TestSettings() {
  }

  public static PartnerSettings demo(String naam, Path data, Duration vertraging) {
    return new PartnerSettings(naam, null, Duration.ofSeconds(5), Duration.ofSeconds(20), data, vertraging);
  }
}
