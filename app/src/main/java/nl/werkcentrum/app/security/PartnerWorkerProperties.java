package nl.werkcentrum.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;

/**
 * What each partner system may do on the engine REST API, keyed by its Camunda group:
 * the topics it may fetch with the variables each topic may read, and the messages it may send.
 * Camunda's authorizations cannot scope external tasks by topic, so this is where that lives.
 */
@ConfigurationProperties("werkcentrum.security")
public record PartnerWorkerProperties(Map<String, Partner> partnerWorkers) {

  public PartnerWorkerProperties {
    partnerWorkers = partnerWorkers == null ? Map.of() : Map.copyOf(partnerWorkers);
  }

  /**
   * @param topics   topic name to the variables a fetch of that topic may ask for
   * @param messages message names the partner may correlate
   */
  public record Partner(Map<String, List<String>> topics, List<String> messages) {

    public Partner {
      topics = topics == null ? Map.of() : Map.copyOf(topics);
      messages = messages == null ? List.of() : List.copyOf(messages);
    }
  }
}
