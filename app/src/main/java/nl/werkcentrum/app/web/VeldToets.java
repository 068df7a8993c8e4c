package nl.werkcentrum.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.werkcentrum.app.web.FormulierVelden.Formulier;
import nl.werkcentrum.app.web.FormulierVelden.Soort;
import nl.werkcentrum.app.web.FormulierVelden.Veld;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Holds the variables a caseworker submits (engine REST shape: name to {value, type}) against the
 * fields of the task's form. Read-only fields are not refused, because Tasklist sends them back
 * as it showed them, but they are to be left out of what the engine gets.
 */
final class VeldToets {

  /** What is wrong, per kind, and which read-only fields to leave out. */
  record Uitkomst(List<String> onbekend, List<String> verkeerdeSoort, List<String> nietInDeLijst,
      List<String> teLang, List<String> alleenLezen) {

    boolean geweigerd() {
      return !onbekend.isEmpty() || !verkeerdeSoort.isEmpty() || !nietInDeLijst.isEmpty() || !teLang.isEmpty();
    }

    List<String> velden() {
      Set<String> velden = new LinkedHashSet<>(onbekend);
      velden.addAll(verkeerdeSoort);
      velden.addAll(nietInDeLijst);
      velden.addAll(teLang);
      return List.copyOf(velden);
    }

    /** For the caseworker: which fields and why, never the values sent. */
    String reden() {
      List<String> delen = new ArrayList<>();
      if (!onbekend.isEmpty()) {
        delen.add("niet op het formulier van deze taak: " + String.join(", ", onbekend));
      }
      if (!verkeerdeSoort.isEmpty()) {
        delen.add("waarde van de verkeerde soort: " + String.join(", ", verkeerdeSoort));
      }
      if (!nietInDeLijst.isEmpty()) {
        delen.add("keuze die niet in de lijst staat: " + String.join(", ", nietInDeLijst));
      }
      if (!teLang.isEmpty()) {
        delen.add("tekst langer dan het formulier toestaat: " + String.join(", ", teLang));
      }
      return "Alleen de velden van het formulier kunnen worden ingevuld; " + String.join("; ", delen);
    }
  }

  private static final ObjectMapper LEZER = new ObjectMapper();

  private VeldToets() {
  }

  /** {@code keuzesUit}: the options held by the variable a select names ({@code valuesKey}). */
  static Uitkomst toets(Formulier formulier, JsonNode variabelen, Function<String, Set<String>> keuzesUit) {
    List<String> onbekend = new ArrayList<>();
    List<String> verkeerdeSoort = new ArrayList<>();
    List<String> nietInDeLijst = new ArrayList<>();
    List<String> teLang = new ArrayList<>();
    List<String> alleenLezen = new ArrayList<>();
    variabelen.fieldNames().forEachRemaining(naam -> {
      Veld veld = formulier.velden().get(naam);
      JsonNode variabele = variabelen.get(naam);
      if (veld == null) {
        onbekend.add(naam);
      } else if (veld.alleenLezen()) {
        alleenLezen.add(naam);
      } else if (!variabele.isObject() || !pastBij(veld.soort(), variabele)) {
        verkeerdeSoort.add(naam);
      } else if (!uitDeLijst(veld, variabele.path("value"), keuzesUit)) {
        nietInDeLijst.add(naam);
      } else if (veld.maxLengte() != null && variabele.path("value").isTextual()
          && variabele.path("value").asText().length() > veld.maxLengte()) {
        teLang.add(naam);
      }
    });
    return new Uitkomst(onbekend, verkeerdeSoort, nietInDeLijst, teLang, alleenLezen);
  }

  private static boolean pastBij(Soort soort, JsonNode variabele) {
    JsonNode waarde = variabele.path("value");
    String type = variabele.path("type").isTextual()
        ? variabele.get("type").asText().toLowerCase(Locale.ROOT) : null;
    if (soort == Soort.VRIJ) {
      return true;
    }
    if (type != null && !soort.types.contains(type) && !(waarde.isNull() || waarde.isMissingNode())) {
      return false;
    }
    return switch (soort) {
      // an emptied field comes as null; the engine's own checks decide whether that may be
      case TEKST, DATUM -> waarde.isNull() || waarde.isMissingNode() || waarde.isTextual();
      case GETAL -> waarde.isNull() || waarde.isMissingNode() || waarde.isNumber();
      case JA_NEE -> waarde.isNull() || waarde.isMissingNode() || waarde.isBoolean();
      case LIJST -> waarde.isNull() || waarde.isMissingNode() || waarde.isTextual() || waarde.isArray();
      case VRIJ -> true;
    };
  }

  /** Every option of a list field: a list, the JSON text of one, or one option as text. */
  private static boolean elkUitDeLijst(Veld veld, JsonNode waarde, Function<String, Set<String>> keuzesUit) {
    JsonNode lijst = waarde;
    if (waarde.isTextual() && waarde.asText().trim().startsWith("[")) {
      try {
        lijst = LEZER.readTree(waarde.asText());
      } catch (JsonProcessingException geenJson) {
        return false;
      }
    }
    if (!lijst.isArray()) {
      return uitDeLijstEnkel(veld, lijst, keuzesUit);
    }
    for (JsonNode optie : lijst) {
      if (!optie.isTextual() || !uitDeLijstEnkel(veld, optie, keuzesUit)) {
        return false;
      }
    }
    return true;
  }

  private static boolean uitDeLijst(Veld veld, JsonNode waarde, Function<String, Set<String>> keuzesUit) {
    return veld.soort() == Soort.LIJST ? elkUitDeLijst(veld, waarde, keuzesUit)
        : uitDeLijstEnkel(veld, waarde, keuzesUit);
  }

  private static boolean uitDeLijstEnkel(Veld veld, JsonNode waarde, Function<String, Set<String>> keuzesUit) {
    if (!waarde.isTextual()) {
      return true;
    }
    if (veld.keuzesVariabele() != null) {
      return keuzesUit.apply(veld.keuzesVariabele()).contains(waarde.asText());
    }
    return veld.keuzes().isEmpty() || veld.keuzes().contains(waarde.asText());
  }
}
