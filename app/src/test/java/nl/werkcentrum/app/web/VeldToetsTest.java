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
}
