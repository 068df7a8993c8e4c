package nl.werkcentrum.app.proces;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.werkcentrum.app.intake.Doelgroep;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The attention groups ticked on the intake form's checklist. Tasklist submits a checklist as a
 * JSON variable (a list of values); a client of the API may send a Java list, a JSON text or, as
 * the form's earlier select did, one value. Empty when anything in it is no group of the form, when
 * nothing is ticked, or when "geen bijzondere doelgroep" is ticked beside a group.
 */
final class DoelgroepKeuze {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DoelgroepKeuze() {
  }

  static Optional<Set<Doelgroep>> uit(Object waarde) {
    List<String> namen = namen(waarde);
    if (namen == null || namen.isEmpty()) {
      return Optional.empty();
    }
    Set<Doelgroep> gekozen = EnumSet.noneOf(Doelgroep.class);
    for (String naam : namen) {
      Optional<Doelgroep> doelgroep = EnumSet.allOf(Doelgroep.class).stream()
          .filter(d -> d.name().equals(naam)).findFirst();
      if (doelgroep.isEmpty()) {
        return Optional.empty();
      }
      gekozen.add(doelgroep.get());
    }
    if (gekozen.contains(Doelgroep.GEEN) && gekozen.size() > 1) {
      return Optional.empty();
    }
    return Optional.of(gekozen);
  }

  private static List<String> namen(Object waarde) {
    if (waarde == null) {
      return null;
    }
    if (waarde instanceof Collection<?> lijst) {
      return lijst.stream().map(String::valueOf).toList();
    }
    // a JSON variable (Spin) prints as its JSON text
    String tekst = waarde.toString().trim();
    if (!tekst.startsWith("[")) {
      return List.of(tekst);
    }
    try {
      JsonNode lijst = JSON.readTree(tekst);
      List<String> namen = new ArrayList<>();
      for (JsonNode element : lijst) {
        if (!element.isTextual()) {
          return null;
        }
        namen.add(element.asText());
      }
      return namen;
    } catch (JsonProcessingException geenJson) {
      return null;
    }
  }
}
