package nl.werkcentrum.app.security;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form of a partner system's call, checked before the engine sees it: the engine checks the
 * same fields deep inside its commands and reports a missing worker id, a lock of no length or a
 * message variable of another type than ours as a failure of its own, which its REST API answers
 * with 500. Here the partner gets a 400 that names the field, in Dutch. What the fields may say
 * (topics, variables, errors) is {@link PartnerRegels}' business.
 */
final class WerkerVerzoekVorm {

  private WerkerVerzoekVorm() {
  }

  /** {@code soort}: fetchAndLock, or the last part of a report's path (complete, failure, ...). */
  static Optional<String> fout(String soort, JsonNode body) {
    if (!"unlock".equals(soort) && (!body.path("workerId").isTextual() || body.path("workerId").asText().isBlank())) {
      return Optional.of("workerId ontbreekt: noem de worker die de taak vergrendelt of erover rapporteert");
    }
    return switch (soort) {
      case "fetchAndLock" -> ophalen(body);
      case "failure" -> geheel(body, "retries", 0, false).or(() -> geheel(body, "retryTimeout", 0, false));
      case "extendLock" -> geheel(body, "newDuration", 1, true);
      default -> Optional.empty();
    };
  }

  /**
   * A message's variables: every one a partner may send (a BSN, a region, a channel, a date, a
   * reason, an employer's question as JSON text) is text, which the process reads as such.
   */
  static Optional<String> bericht(JsonNode body) {
    for (String veld : List.of("processVariables", "processVariablesLocal", "processVariablesToTriggeredScope")) {
      for (Iterator<Map.Entry<String, JsonNode>> variabelen = body.path(veld).fields(); variabelen.hasNext(); ) {
        Map.Entry<String, JsonNode> variabele = variabelen.next();
        JsonNode waarde = variabele.getValue();
        String type = waarde.path("type").asText("String");
        boolean geenExtra = waarde.path("valueInfo").isMissingNode() || waarde.path("valueInfo").isNull()
            || waarde.path("valueInfo").isEmpty();
        if (!waarde.path("value").isTextual() || !"String".equalsIgnoreCase(type) || !geenExtra) {
          return Optional.of("Variabele '" + variabele.getKey() + "' is tekst: {\"value\": \"...\"}, type String");
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> ophalen(JsonNode body) {
    Optional<String> aantal = geheel(body, "maxTasks", 0, false);
    if (aantal.isPresent()) {
      return aantal;
    }
    for (JsonNode topic : body.path("topics")) {
      Optional<String> duur = geheel(topic, "lockDuration", 1, true);
      if (duur.isPresent()) {
        return duur.map(reden -> "Topic '" + topic.path("topicName").asText() + "': " + reden);
      }
    }
    return Optional.empty();
  }

  /** A whole number of at least {@code minimum}; absent only where the engine has a default for it. */
  private static Optional<String> geheel(JsonNode body, String veld, long minimum, boolean verplicht) {
    JsonNode waarde = body.path(veld);
    if (waarde.isMissingNode() || waarde.isNull()) {
      return verplicht ? Optional.of(veld + " ontbreekt: een geheel getal van ten minste " + minimum) : Optional.empty();
    }
    if (!waarde.canConvertToLong() || !waarde.isIntegralNumber() || waarde.asLong() < minimum) {
      return Optional.of(veld + " moet een geheel getal van ten minste " + minimum + " zijn");
    }
    return Optional.empty();
  }
}
