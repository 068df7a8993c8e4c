package nl.werkcentrum.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** The partner system whose group is among the caller's groups, if the caller is one. */
  public Optional<Partner> partnerVan(Collection<String> groepen) {
    return groepen.stream().filter(partnerWorkers::containsKey).findFirst().map(partnerWorkers::get);
  }

  /**
   * @param topics    topic name to the variables a fetch of that topic may ask for
   * @param messages  message names the partner may correlate
   * @param bsnTopics the partner's topics whose work needs the person's BSN, which is no process
   *                  variable: the worker asks for it per locked task ({@code /api/externe-taken/{id}/bsn})
   */
  public record Partner(Map<String, List<String>> topics, List<String> messages, List<String> bsnTopics) {

    public Partner {
      topics = topics == null ? Map.of() : Map.copyOf(topics);
      messages = messages == null ? List.of() : List.copyOf(messages);
      bsnTopics = bsnTopics == null ? List.of() : List.copyOf(bsnTopics);
      for (String topic : bsnTopics) {
        if (!topics.containsKey(topic)) {
          throw new IllegalArgumentException("bsn-topics names " + topic + ", which is not among the partner's topics");
        }
      }
    }
  }
}
