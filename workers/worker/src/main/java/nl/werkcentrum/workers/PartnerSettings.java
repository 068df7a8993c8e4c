package nl.werkcentrum.workers;

import nl.werkcentrum.workers.common.PartnerRestClients.PartnerHttpSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The partner system this worker talks to, under {@code werkcentrum.partner}: with a {@code url} the
 * HTTP port, without one the demo port driven by data files (so the system runs out of the box).
 *
 * @param naam         how messages and incidents name the partner system
 * @param demoData     folder where the demo systems keep what they booked
 * @param demoVertraging how long the demo system takes to answer (to show slow work and crashes)
 */
@ConfigurationProperties("werkcentrum.partner")
public record PartnerSettings(
    String naam,
    String url,
    @DefaultValue("PT5S") Duration connectTimeout,
    @DefaultValue("PT20S") Duration readTimeout,
    @DefaultValue("./data/demo") Path demoData,
    @DefaultValue("PT0S") Duration demoVertraging) {

  public boolean demo() {
    return url == null || url.isBlank();
  }

  public PartnerHttpSettings http() {
    return new PartnerHttpSettings(url, connectTimeout, readTimeout);
  }

  /** Stands in for the partner's processing time in the demo systems. */
  public void simuleerVerwerkingstijd() {
    if (demoVertraging.isZero()) {
      return;
    }
    try {
      Thread.sleep(demoVertraging.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the demo system was working", e);
    }
  }
}
