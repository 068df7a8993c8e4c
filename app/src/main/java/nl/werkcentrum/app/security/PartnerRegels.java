package nl.werkcentrum.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkcentrum.contract.Contract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a partner system may write, decided from the contract alone: the outputs of its own
 * topics, the BPMN errors they declare, its own messages with their variables, and sign-ups
 * through its own channel. Each method answers the Dutch reason for a refusal, or empty.
 */
final class PartnerRegels {

  /** The Werkcentrum's own desk: a channel, but no partner's. */
  static final String BALIE = "WERKCENTRUM";

  private final Contract contract;
  private final TrajectRollen rollen;

  PartnerRegels(Contract contract, TrajectRollen rollen) {
    this.contract = contract;
    this.rollen = rollen;
  }

  Optional<String> ophalen(String partner, JsonNode topics) {
    if (!topics.isArray() || topics.isEmpty()) {
      return Optional.of("fetchAndLock vraagt om ten minste één topic");
    }
    for (JsonNode topic : topics) {
      String naam = topic.path("topicName").asText();
      Contract.Topic eigen = contract.topicsVan(partner).get(naam);
      if (eigen == null) {
        return Optional.of("Topic '" + naam + "' hoort niet bij deze partner");
      }
      JsonNode variabelen = topic.path("variables");
      if (!variabelen.isArray()) {
        return Optional.of("Topic '" + naam + "' moet de variabelen noemen die het ophaalt, uit " + eigen.leest());
      }
      List<String> gevraagd = new ArrayList<>();
      variabelen.forEach(v -> gevraagd.add(v.asText()));
      if (!eigen.leest().containsAll(gevraagd)) {
        return Optional.of("Topic '" + naam + "' mag alleen " + eigen.leest() + " ophalen, niet " + gevraagd);
      }
    }
    return Optional.empty();
  }

  /** A report on an external task of one of the partner's topics (already checked). */
  Optional<String> rapporteren(String topic, String soort, JsonNode body) {
    Contract.Topic eigen = contract.topics().get(topic);
    if ("bpmnError".equals(soort)) {
      String code = body.path("errorCode").asText();
      if (!eigen.fouten().contains(code)) {
        return Optional.of("Topic '" + topic + "' kent geen bedrijfsfout '" + code + "'; toegestaan: " + eigen.fouten());
      }
    }
    if ("complete".equals(soort) || "bpmnError".equals(soort)) {
      for (String veld : List.of("variables", "localVariables")) {
        Optional<String> weigering = alleenEigenUitvoer(topic, eigen.schrijft(), body.path(veld));
        if (weigering.isPresent()) {
          return weigering;
        }
      }
    }
    return Optional.empty();
  }

  Optional<String> bericht(String partner, JsonNode body) {
    String naam = body.path("messageName").asText();
    Contract.Bericht bericht = contract.berichten().get(naam);
    if (bericht == null || !bericht.partners().contains(partner)) {
      return Optional.of("Bericht '" + naam + "' mag deze partner niet sturen");
    }
    if (body.path("all").asBoolean(false) || body.has("correlationKeys") || body.has("localCorrelationKeys")
        || body.has("processInstanceId") || body.has("tenantId") || body.path("withoutTenantId").asBoolean(false)) {
      return Optional.of("Een bericht van een partner wordt alleen op het traject-id (businessKey) afgeleverd");
    }
    for (String veld : List.of("processVariables", "processVariablesLocal", "processVariablesToTriggeredScope")) {
      JsonNode variabelen = body.path(veld);
      for (Iterator<String> namen = variabelen.fieldNames(); namen.hasNext(); ) {
        String variabele = namen.next();
        if (!bericht.variabelen().contains(variabele)) {
          return Optional.of("Bericht '" + naam + "' mag " + variabele + " niet zetten; toegestaan: " + bericht.variabelen());
        }
      }
    }
    for (Map.Entry<String, List<String>> verplicht : bericht.verplicht().entrySet()) {
      String waarde = body.path("processVariables").path(verplicht.getKey()).path("value").asText(null);
      if (waarde == null || !verplicht.getValue().contains(waarde)) {
        return Optional.of("Bericht '" + naam + "' vraagt " + verplicht.getKey() + ", een van " + verplicht.getValue());
      }
    }
    if (bericht.start()) {
      String kanaal = body.path("processVariables").path("kanaal").path("value").asText(null);
      // without a channel the sign-up would count as the desk's, which only a gids may start
      String eigen = contract.partners().get(partner).kanaal();
      return eigen.equals(kanaal) ? Optional.empty()
          : Optional.of("Een partner meldt alleen aan via het eigen kanaal: kanaal " + eigen);
    }
    return rol(partner, naam, bericht, body.path("businessKey").asText(null));
  }

  /**
   * A sign-up through our API: another door's channel is refused here; a value that is no channel
   * at all is left to the API, which answers 400 naming the field.
   */
  Optional<String> aanmelding(String partner, JsonNode body) {
    String kanaal = body.path("kanaal").isTextual() ? body.path("kanaal").asText() : null;
    String eigen = contract.partners().get(partner).kanaal();
    boolean andereDeur = kanaal != null && !kanaal.equals(eigen) && (BALIE.equals(kanaal)
        || contract.partners().values().stream().anyMatch(p -> p.kanaal().equals(kanaal)));
    return andereDeur ? Optional.of("Een partner meldt alleen aan via het eigen kanaal (" + eigen + ")") : Optional.empty();
  }

  private Optional<String> rol(String partner, String naam, Contract.Bericht bericht, String businessKey) {
    UUID trajectId;
    try {
      trajectId = UUID.fromString(String.valueOf(businessKey));
    } catch (IllegalArgumentException geenTrajectId) {
      return Optional.of("Bericht '" + naam + "' hoort bij een traject: businessKey is het traject-id");
    }
    if (bericht.rol() == null || rollen.heeftRol(partner, bericht.rol(), trajectId)) {
      return Optional.empty();
    }
    return Optional.of(switch (bericht.rol()) {
      case REGIEPARTNER -> "Alleen de regiepartner van dit traject (of het Werkcentrum) mag het beëindigen";
      case INGESCHREVEN -> "Deze partner heeft de persoon in dit traject niet ingeschreven";
    });
  }

  private static Optional<String> alleenEigenUitvoer(String topic, Map<String, List<String>> schrijft, JsonNode variabelen) {
    for (Iterator<Map.Entry<String, JsonNode>> velden = variabelen.fields(); velden.hasNext(); ) {
      Map.Entry<String, JsonNode> veld = velden.next();
      if (!schrijft.containsKey(veld.getKey())) {
        return Optional.of("Topic '" + topic + "' mag " + veld.getKey() + " niet zetten; toegestaan: " + schrijft.keySet());
      }
      List<String> waarden = schrijft.get(veld.getKey());
      String waarde = veld.getValue().path("value").asText(null);
      if (waarden != null && !waarden.contains(waarde)) {
        return Optional.of("Topic '" + topic + "': " + veld.getKey() + " is een van " + waarden);
      }
    }
    return Optional.empty();
  }
}
