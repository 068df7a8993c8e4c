package nl.werkcentrum.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The form's fields as form-js submits them, nested components included, held against a submission. */
class VeldToetsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static final String FORMULIER = """
      {"components": [
        {"type": "text", "text": "# Kop"},
        {"type": "textfield", "key": "kop", "readonly": true},
        {"type": "group", "components": [
          {"type": "number", "key": "bedrag"},
          {"type": "group", "components": [{"type": "checkbox", "key": "akkoord"}]}
        ]},
        {"type": "group", "path": "adres", "components": [{"type": "textfield", "key": "straat"}]},
        {"type": "radio", "key": "besluit", "values": [{"label": "Ja", "value": "JA"}, {"label": "Nee", "value": "NEE"}]},
        {"type": "select", "key": "opleiding", "valuesKey": "opleidingen"},
        {"type": "datetime", "key": "startdatum", "conditional": {"hide": "=not(akkoord)"}}
      ]}""";

  @Test
  void nestedFieldsAreFoundAndAGroupWithAPathIsOneField() throws Exception {
    var formulier = FormulierVelden.parse(JSON.readTree(FORMULIER));

    assertThat(formulier.velden()).containsOnlyKeys("kop", "bedrag", "akkoord", "adres", "besluit", "opleiding",
        "startdatum");
    assertThat(formulier.velden().get("kop").alleenLezen()).isTrue();
    assertThat(formulier.velden().get("besluit").keuzes()).containsExactly("JA", "NEE");
  }

  @Test
  void valuesAreHeldToTheirKindAndTheirList() throws Exception {
    var formulier = FormulierVelden.parse(JSON.readTree(FORMULIER));
    JsonNode verzonden = JSON.readTree("""
        {"kop": {"value": 12},
         "bedrag": {"value": "12", "type": "Long"},
         "akkoord": {"value": true},
         "startdatum": {"value": "2027-01-04"},
         "besluit": {"value": "MISSCHIEN"},
         "opleiding": {"value": "ONBEKEND", "type": "String"},
         "regio": {"value": "AMR24"}}""");

    var uitkomst = VeldToets.toets(formulier, verzonden, variabele -> Set.of("VZ-MBO3-AMR15"));

    assertThat(uitkomst.onbekend()).containsExactly("regio");
    assertThat(uitkomst.verkeerdeSoort()).containsExactly("bedrag");
    assertThat(uitkomst.nietInDeLijst()).containsExactly("besluit", "opleiding");
    assertThat(uitkomst.alleenLezen()).containsExactly("kop");
    assertThat(uitkomst.velden()).containsExactly("regio", "bedrag", "besluit", "opleiding");
  }

  static final String CHECKLIST = """
      {"components": [
        {"type": "checklist", "key": "doelgroep",
         "values": [{"label": "Geen", "value": "GEEN"}, {"label": "Jongere", "value": "JONGERE"},
                    {"label": "Oudere", "value": "OUDERE"}]}
      ]}""";

  /** A checklist as Tasklist sends it (a JSON variable), as a plain list, or one option as text. */
  @Test
  void aChecklistTakesSeveralOfItsOptionsAndNothingElse() throws Exception {
    var formulier = FormulierVelden.parse(JSON.readTree(CHECKLIST));
    assertThat(formulier.velden().get("doelgroep").soort()).isEqualTo(FormulierVelden.Soort.LIJST);

    for (String goed : new String[] {
        "{\"value\": \"[\\\"JONGERE\\\",\\\"OUDERE\\\"]\", \"type\": \"Json\"}",
        "{\"value\": [\"JONGERE\", \"OUDERE\"]}",
        "{\"value\": \"GEEN\"}"}) {
      var uitkomst = VeldToets.toets(formulier, JSON.readTree("{\"doelgroep\": " + goed + "}"), v -> Set.of());
      assertThat(uitkomst.geweigerd()).as(goed).isFalse();
    }
    for (String fout : new String[] {
        "{\"value\": \"[\\\"JONGERE\\\",\\\"PIRAAT\\\"]\", \"type\": \"Json\"}",
        "{\"value\": [\"JONGERE\", 3]}",
        "{\"value\": \"[kapot\", \"type\": \"Json\"}",
        "{\"value\": \"PIRAAT\"}"}) {
      var uitkomst = VeldToets.toets(formulier, JSON.readTree("{\"doelgroep\": " + fout + "}"), v -> Set.of());
      assertThat(uitkomst.nietInDeLijst()).as(fout).containsExactly("doelgroep");
    }
    var getal = VeldToets.toets(formulier, JSON.readTree("{\"doelgroep\": {\"value\": 3}}"), v -> Set.of());
    assertThat(getal.verkeerdeSoort()).containsExactly("doelgroep");
  }

  static final String GRENZEN = """
      {"components": [
        {"type": "textarea", "key": "verslag", "validate": {"required": true}},
        {"type": "checkbox", "key": "scholing"},
        {"type": "select", "key": "opleiding", "values": [{"label": "Zorg", "value": "ZORG"}],
         "conditional": {"hide": "=not(scholing)"}, "validate": {"required": true}},
        {"type": "group", "conditional": {"hide": "=not(scholing)"}, "components": [
          {"type": "textfield", "key": "instelling", "validate": {"required": true}}]},
        {"type": "textfield", "key": "kop", "readonly": true, "validate": {"required": true}},
        {"type": "number", "key": "bedrag", "validate": {"required": true, "min": 0, "max": 100000}},
        {"type": "number", "key": "besteed", "validate": {"min": "0", "max": "=gereserveerdBedrag"}},
        {"type": "textfield", "key": "kvk", "validate": {"minLength": 8, "pattern": "^[0-9]{8}$"}}
      ]}""";

  @Test
  void requiredFieldsThatAreAlwaysShownMustBeFilled() throws Exception {
    var formulier = FormulierVelden.parse(JSON.readTree(GRENZEN));
    assertThat(formulier.velden().get("opleiding").verplicht()).as("a condition may hide it").isFalse();
    assertThat(formulier.velden().get("instelling").verplicht()).as("its group may be hidden").isFalse();

    var leeg = VeldToets.toets(formulier, JSON.readTree("""
        {"verslag": {"value": " "}, "bedrag": {"value": null}}"""), v -> Set.of());
    assertThat(leeg.met(VeldToets.Fout.LEEG)).containsExactly("verslag", "bedrag");

    var weggelaten = VeldToets.toets(formulier, JSON.readTree("{}"), v -> Set.of());
    assertThat(weggelaten.met(VeldToets.Fout.LEEG)).as("read-only and hidden fields are not asked for")
        .containsExactly("verslag", "bedrag");

    var ingevuld = VeldToets.toets(formulier, JSON.readTree("""
        {"verslag": {"value": "Gesprek"}, "bedrag": {"value": 0}}"""), v -> Set.of());
    assertThat(ingevuld.geweigerd()).isFalse();
  }

  @Test
  void numbersKeepToTheirBoundsAndTextsToTheirForm() throws Exception {
    var formulier = FormulierVelden.parse(JSON.readTree(GRENZEN));
    var fout = VeldToets.toets(formulier, JSON.readTree("""
        {"verslag": {"value": "Gesprek"}, "bedrag": {"value": 100000.01}, "besteed": {"value": -1},
         "kvk": {"value": "1234567a"}}"""), v -> Set.of());

    assertThat(fout.met(VeldToets.Fout.BUITEN_GRENZEN)).containsExactly("bedrag", "besteed");
    assertThat(fout.met(VeldToets.Fout.TE_KORT_OF_VERKEERDE_VORM)).containsExactly("kvk");
    assertThat(fout.reden()).contains("bedrag (hoogstens 100000)").contains("besteed (minstens 0)")
        .doesNotContain("1234567a");

    // an expression as a bound is the process's to check; an empty optional text has no form to keep
    var goed = VeldToets.toets(formulier, JSON.readTree("""
        {"verslag": {"value": "Gesprek"}, "bedrag": {"value": 100000}, "besteed": {"value": 99999999},
         "kvk": {"value": ""}}"""), v -> Set.of());
    assertThat(goed.geweigerd()).isFalse();
  }

  @Test
  void aNumberHasNoMoreDigitsAfterThePointThanTheFormAllows() throws Exception {
    var formulier = FormulierVelden.parse(JSON.readTree("""
        {"components": [
          {"type": "number", "key": "bedrag", "decimalDigits": 0, "validate": {"min": 0, "max": 100000}},
          {"type": "number", "key": "uren", "decimalDigits": 1},
          {"type": "number", "key": "vrij"}
        ]}"""));
    var fout = VeldToets.toets(formulier, JSON.readTree("""
        {"bedrag": {"value": 2.5}, "uren": {"value": 7.25}, "vrij": {"value": 1.125}}"""), v -> Set.of());

    // the process reads a whole amount: 2.5 reached the budget table as a number it cannot take (a 500)
    assertThat(fout.met(VeldToets.Fout.TE_VEEL_DECIMALEN)).containsExactly("bedrag", "uren");
    assertThat(fout.reden()).contains("bedrag (een geheel getal)").contains("uren (hoogstens 1 cijfer achter de komma)");

    var goed = VeldToets.toets(formulier, JSON.readTree("""
        {"bedrag": {"value": 5000.0}, "uren": {"value": 7.5}, "vrij": {"value": 1.125}}"""), v -> Set.of());
    assertThat(goed.geweigerd()).isFalse();
  }
}
