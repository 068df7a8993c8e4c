package nl.werkcentrum.processes;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of both decisions, as tables of inputs and expected outcomes. */
class DecisionTest {

  static DmnEngine dmn;
  static DmnDecision regie;
  static DmnDecision route;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = DecisionTest.class.getResourceAsStream("/werkcentrum/processes/bepaal-regiepartner.dmn")) {
      regie = dmn.parseDecision("bepaal-regiepartner", in);
    }
    try (InputStream in = DecisionTest.class.getResourceAsStream("/werkcentrum/processes/budget-goedkeuring.dmn")) {
      route = dmn.parseDecision("budget-goedkeuring", in);
    }
  }

  @ParameterizedTest(name = "{0}/{1}/{2}/{3} -> {4}")
  @CsvSource({
      "WW,   GEEN,     WERKZOEKEND, GEEN,             uwv,              Geen bijzonderheden",
      "WIA,  GEEN,     WERKZOEKEND, ARBEIDSBEPERKING, uwv,              Arbeidsbeperking: banenafspraak en werkvoorzieningen bekijken",
      "WW,   BIJSTAND, WERKZOEKEND, GEEN,             uwv,              Geen bijzonderheden",
      "GEEN, BIJSTAND, WERKZOEKEND, STATUSHOUDER,     gemeente,         Statushouder of ontheemde: inburgering en taal in het werkplan",
      "GEEN, GEEN,     IN_DIENST,   OUDERE,           sociale-partners, Oudere werkzoekende: ervaring laten erkennen (EVC)",
      "GEEN, GEEN,     WERKZOEKEND, JONGERE,          gemeente,         'Geen uitkering, regie via Werkcentrum en gemeente. Jongere: leerbaan via SBB overwegen'",
      "GEEN, GEEN,     WERKZOEKEND, ARBEIDSMIGRANT,   gemeente,         'Geen uitkering, regie via Werkcentrum en gemeente. Arbeidsmigrant: taal en huisvesting meenemen'",
      "GEEN, BIJSTAND, WERKZOEKEND, GGZ,              gemeente,         'GGZ: afstemmen met de zorg, rustig opbouwen'",
      "GEEN, BIJSTAND, WERKZOEKEND, EX_GEDETINEERDE,  gemeente,         Ex-gedetineerde: VOG en nazorg regelen",
  })
  void regiepartner(String uwv, String gemeente, String werksituatie, String doelgroep,
      String partner, String aandachtspunt) {
    Map<String, Object> in = new HashMap<>(Map.of("uwvUitkering", uwv, "gemeenteUitkering", gemeente,
        "werksituatie", werksituatie, "doelgroep", doelgroep));

    var result = dmn.evaluateDecisionTable(regie, in).getSingleResult();

    assertThat(result.<String>getEntry("regiepartner")).isEqualTo(partner);
    assertThat(result.<String>getEntry("aandachtspunt")).isEqualTo(aandachtspunt);
  }

  @ParameterizedTest(name = "EUR {0} -> {1}")
  @CsvSource({"0, AUTOMATISCH", "1000, AUTOMATISCH", "1001, BUDGETHOUDER", "5000, BUDGETHOUDER",
      "5001, VIER_OGEN", "250000, VIER_OGEN"})
  void goedkeuringsroute(long bedrag, String verwacht) {
    var result = dmn.evaluateDecisionTable(route, Map.of("budgetBedrag", bedrag)).getSingleResult();

    assertThat(result.<String>getSingleEntry()).isEqualTo(verwacht);
  }
}
