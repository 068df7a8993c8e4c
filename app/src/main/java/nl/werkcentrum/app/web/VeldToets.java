package nl.werkcentrum.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.werkcentrum.app.web.FormulierVelden.Formulier;
import nl.werkcentrum.app.web.FormulierVelden.Soort;
import nl.werkcentrum.app.web.FormulierVelden.Veld;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Holds the variables a caseworker submits (engine REST shape: name to {value, type}) against the
 * fields of the task's form, as the form itself holds them in Tasklist: fields, kinds, options,
 * required fields, a number's bounds, a text's length and pattern. A caller that skips Tasklist
 * gets the same answer. Read-only fields are not refused, because Tasklist sends them back as it
 * showed them, but they are to be left out of what the engine gets.
 */
final class VeldToets {

  /** What can be wrong with a field, as the caseworker reads it. */
  enum Fout {
    ONBEKEND("niet op het formulier"),
    LEEG("verplicht, maar niet ingevuld"),
    VERKEERDE_SOORT("waarde van de verkeerde soort"),
    NIET_IN_DE_LIJST("keuze die niet in de lijst staat"),
    TE_LANG("tekst langer dan het formulier toestaat"),
    TE_KORT_OF_VERKEERDE_VORM("tekst korter dan of anders dan het formulier vraagt"),
    BUITEN_GRENZEN("getal buiten de grenzen van het formulier"),
    TE_VEEL_DECIMALEN("getal met meer cijfers achter de komma dan het formulier toestaat");

    final String tekst;

    Fout(String tekst) {
      this.tekst = tekst;
    }
  }

  /** One field refused, and for a bound the bound itself (null otherwise). */
  record Bezwaar(String veld, Fout fout, String grens) {
  }

  /** What is wrong, field by field, and which read-only fields to leave out. */
  record Uitkomst(List<Bezwaar> bezwaren, List<String> alleenLezen) {

    boolean geweigerd() {
      return !bezwaren.isEmpty();
    }

    List<String> met(Fout fout) {
      return bezwaren.stream().filter(b -> b.fout() == fout).map(Bezwaar::veld).toList();
    }

    List<String> onbekend() {
      return met(Fout.ONBEKEND);
    }

    List<String> verkeerdeSoort() {
      return met(Fout.VERKEERDE_SOORT);
    }

    List<String> nietInDeLijst() {
      return met(Fout.NIET_IN_DE_LIJST);
    }

    List<String> velden() {
      Set<String> velden = new LinkedHashSet<>();
      for (Fout fout : Fout.values()) {
        velden.addAll(met(fout));
      }
      return List.copyOf(velden);
    }

    /** For the caseworker: which fields and why, never the values sent. */
    String reden() {
      List<String> delen = new ArrayList<>();
      for (Fout fout : Fout.values()) {
        List<String> velden = bezwaren.stream().filter(b -> b.fout() == fout)
            .map(b -> b.grens() == null ? b.veld() : b.veld() + " (" + b.grens() + ")").toList();
        if (!velden.isEmpty()) {
          delen.add(fout.tekst + ": " + String.join(", ", velden));
        }
      }
      return "Alleen de velden van het formulier kunnen worden ingevuld, zoals het formulier ze vraagt; "
          + String.join("; ", delen);
    }
  }

  private static final ObjectMapper LEZER = new ObjectMapper();

  private VeldToets() {
  }

  /** {@code keuzesUit}: the options held by the variable a select names ({@code valuesKey}). */
  static Uitkomst toets(Formulier formulier, JsonNode variabelen, Function<String, Set<String>> keuzesUit) {
    List<Bezwaar> bezwaren = new ArrayList<>();
    List<String> alleenLezen = new ArrayList<>();
    variabelen.fieldNames().forEachRemaining(naam -> {
      Veld veld = formulier.velden().get(naam);
      JsonNode variabele = variabelen.get(naam);
      JsonNode waarde = variabele.path("value");
      if (veld == null) {
        bezwaren.add(new Bezwaar(naam, Fout.ONBEKEND, null));
      } else if (veld.alleenLezen()) {
        alleenLezen.add(naam);
      } else if (!variabele.isObject() || !pastBij(veld.soort(), variabele)) {
        bezwaren.add(new Bezwaar(naam, Fout.VERKEERDE_SOORT, null));
      } else if (veld.verplicht() && leeg(waarde)) {
        bezwaren.add(new Bezwaar(naam, Fout.LEEG, null));
      } else if (!uitDeLijst(veld, waarde, keuzesUit)) {
        bezwaren.add(new Bezwaar(naam, Fout.NIET_IN_DE_LIJST, null));
      } else if (veld.maxLengte() != null && waarde.isTextual() && waarde.asText().length() > veld.maxLengte()) {
        bezwaren.add(new Bezwaar(naam, Fout.TE_LANG, "hoogstens " + veld.maxLengte() + " tekens"));
      } else if (waarde.isTextual() && !waarde.asText().isEmpty() && !vanDeVorm(veld, waarde.asText())) {
        bezwaren.add(new Bezwaar(naam, Fout.TE_KORT_OF_VERKEERDE_VORM, null));
      } else if (waarde.isNumber() && teVeelDecimalen(veld, waarde.decimalValue())) {
        bezwaren.add(new Bezwaar(naam, Fout.TE_VEEL_DECIMALEN, veld.decimalen() == 0 ? "een geheel getal"
            : "hoogstens " + veld.decimalen() + (veld.decimalen() == 1 ? " cijfer" : " cijfers") + " achter de komma"));
      } else if (waarde.isNumber()) {
        grens(veld, waarde.decimalValue())
            .ifPresent(grens -> bezwaren.add(new Bezwaar(naam, Fout.BUITEN_GRENZEN, grens)));
      }
    });
    // a required field left out altogether is as empty as one sent empty
    formulier.velden().values().stream()
        .filter(veld -> veld.verplicht() && !veld.alleenLezen() && !variabelen.has(veld.naam()))
        .forEach(veld -> bezwaren.add(new Bezwaar(veld.naam(), Fout.LEEG, null)));
    return new Uitkomst(List.copyOf(bezwaren), alleenLezen);
  }

  /** As form-js counts a required field unfilled: no value, blank text, or an empty list. */
  private static boolean leeg(JsonNode waarde) {
    if (waarde.isNull() || waarde.isMissingNode()) {
      return true;
    }
    if (waarde.isArray()) {
      return waarde.isEmpty();
    }
    if (waarde.isTextual()) {
      String tekst = waarde.asText().trim();
      return tekst.isEmpty() || tekst.replaceAll("\\s", "").equals("[]");
    }
    return false;
  }

  private static boolean vanDeVorm(Veld veld, String tekst) {
    return (veld.minLengte() == null || tekst.length() >= veld.minLengte())
        && (veld.patroon() == null || veld.patroon().matcher(tekst).find());
  }

  /** As form-js's decimalDigits: 2.50 has two digits after the point, 2.5 one, 5000.0 none. */
  private static boolean teVeelDecimalen(Veld veld, BigDecimal getal) {
    return veld.decimalen() != null && getal.stripTrailingZeros().scale() > veld.decimalen();
  }

  /** The bound a number breaks, in the caseworker's words; empty when it keeps to both. */
  private static Optional<String> grens(Veld veld, BigDecimal getal) {
    if (veld.min() != null && getal.compareTo(veld.min()) < 0) {
      return Optional.of("minstens " + veld.min().toPlainString());
    }
    if (veld.max() != null && getal.compareTo(veld.max()) > 0) {
      return Optional.of("hoogstens " + veld.max().toPlainString());
    }
    return Optional.empty();
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
