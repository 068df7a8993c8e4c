package nl.werkcentrum.processes;

import nl.werkcentrum.contract.Contract;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of both decisions, as tables of inputs and expected outcomes. */
class DecisionTest {

  /** The hint per attention group, in the order of the decision's rules (and so of its outcome). */
  static final Map<String, String> AANDACHTSPUNTEN = new LinkedHashMap<>();

  static {
    AANDACHTSPUNTEN.put("STATUSHOUDER", "Statushouder of ontheemde: inburgering en taal in het werkplan");
    AANDACHTSPUNTEN.put("ARBEIDSBEPERKING", "Arbeidsbeperking: banenafspraak en werkvoorzieningen bekijken");
    AANDACHTSPUNTEN.put("JONGERE", "Jongere: leerbaan via SBB overwegen");
    AANDACHTSPUNTEN.put("OUDERE", "Oudere werkzoekende: ervaring laten erkennen (EVC)");
    AANDACHTSPUNTEN.put("ARBEIDSMIGRANT", "Arbeidsmigrant: taal en huisvesting meenemen");
    AANDACHTSPUNTEN.put("GGZ", "GGZ: afstemmen met de zorg, rustig opbouwen");
    AANDACHTSPUNTEN.put("EX_GEDETINEERDE", "Ex-gedetineerde: VOG en nazorg regelen");
  }

  static final String GEEN_BIJZONDERHEDEN = "Geen bijzonderheden";
  static final String GEEN_UITKERING = "Geen uitkering, regie via Werkcentrum en gemeente. ";

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
      "WW,     GEEN,     WERKZOEKEND, GEEN,                     uwv,              Geen bijzonderheden",
      "WIA,    GEEN,     WERKZOEKEND, ARBEIDSBEPERKING,         uwv,              Arbeidsbeperking: banenafspraak en werkvoorzieningen bekijken",
      "WAJONG, GEEN,     WERKZOEKEND, 'JONGERE,ARBEIDSBEPERKING', uwv,            'Arbeidsbeperking: banenafspraak en werkvoorzieningen bekijken; Jongere: leerbaan via SBB overwegen'",
      "WAO,    GEEN,     WERKZOEKEND, OUDERE,                   uwv,              Oudere werkzoekende: ervaring laten erkennen (EVC)",
      "WW,     BIJSTAND, WERKZOEKEND, GEEN,                     uwv,              Geen bijzonderheden",
      "GEEN,   BIJSTAND, WERKZOEKEND, STATUSHOUDER,             gemeente,         Statushouder of ontheemde: inburgering en taal in het werkplan",
      "GEEN,   IOAW,     WERKZOEKEND, OUDERE,                   gemeente,         Oudere werkzoekende: ervaring laten erkennen (EVC)",
      "GEEN,   GEEN,     IN_DIENST,   OUDERE,                   sociale-partners, Oudere werkzoekende: ervaring laten erkennen (EVC)",
      "GEEN,   GEEN,     WERKZOEKEND, JONGERE,                  gemeente,         'Geen uitkering, regie via Werkcentrum en gemeente. Jongere: leerbaan via SBB overwegen'",
      "GEEN,   GEEN,     WERKZOEKEND, ARBEIDSMIGRANT,           gemeente,         'Geen uitkering, regie via Werkcentrum en gemeente. Arbeidsmigrant: taal en huisvesting meenemen'",
      "GEEN,   BIJSTAND, WERKZOEKEND, GGZ,                      gemeente,         'GGZ: afstemmen met de zorg, rustig opbouwen'",
      "GEEN,   BBZ,      WERKZOEKEND, EX_GEDETINEERDE,          gemeente,         Ex-gedetineerde: VOG en nazorg regelen",
  })
  void regiepartner(String uwv, String gemeente, String werksituatie, String doelgroepen,
      String partner, String aandachtspunt) {
    var result = evalueer(uwv, gemeente, werksituatie, doelgroepen);

    assertThat(result.get("regiepartner")).isEqualTo(partner);
    assertThat(result.get("aandachtspunt")).isEqualTo(aandachtspunt);
  }

  /**
   * Every benefit the contract lets UWV and the gemeente answer, with and without work: the task
   * split of the law. UWV serves WW, the arbeidsongeschiktheid benefits (WIA, WAO, Wajong, WAZ), ZW
   * and TW; the gemeente bijstand, IOAW, IOAZ and Bbz; without a benefit people in work go to the
   * sociale partners, the others to the Werkcentrum through the gemeente.
   */
  @ParameterizedTest(name = "UWV {0}, gemeente {1}, {2} -> {3}")
  @MethodSource("elkeUitkering")
  void everyBenefitGoesToThePartnerTheLawGivesIt(String uwv, String gemeente, String werksituatie, String partner,
      boolean geenUitkering) {
    var result = evalueer(uwv, gemeente, werksituatie, "GEEN");

    assertThat(result.get("regiepartner")).isEqualTo(partner);
    assertThat(result.get("aandachtspunt"))
        .isEqualTo(geenUitkering ? GEEN_UITKERING + GEEN_BIJZONDERHEDEN : GEEN_BIJZONDERHEDEN);
  }

  static Stream<Arguments> elkeUitkering() {
    var contract = Contract.werkcentrum();
    List<String> uwv = contract.topics().get("uwv.uitkering-controleren").schrijft().get("uwvUitkering");
    List<String> gemeente = contract.topics().get("gemeente.uitkering-controleren").schrijft().get("gemeenteUitkering");
    assertThat(uwv).as("UWV's benefits in the contract")
        .containsExactlyInAnyOrder("GEEN", "WW", "WIA", "WAO", "WAJONG", "WAZ", "ZW", "TW");
    assertThat(gemeente).as("the gemeente's benefits in the contract")
        .containsExactlyInAnyOrder("GEEN", "BIJSTAND", "IOAW", "IOAZ", "BBZ");
    List<Arguments> gevallen = new ArrayList<>();
    for (String u : uwv) {
      for (String g : gemeente) {
        for (String werk : List.of("WERKZOEKEND", "IN_DIENST")) {
          String partner = !u.equals("GEEN") ? "uwv"
              : !g.equals("GEEN") ? "gemeente"
              : werk.equals("IN_DIENST") ? "sociale-partners" : "gemeente";
          boolean geenUitkering = u.equals("GEEN") && g.equals("GEEN") && werk.equals("WERKZOEKEND");
          gevallen.add(Arguments.of(u, g, werk, partner, geenUitkering));
        }
      }
    }
    return gevallen.stream();
  }

  /** Every combination of attention groups: each group's hint, in the table's order, none lost. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("elkeCombinatie")
  void everyAttentionGroupOfAPersonGivesItsHint(String doelgroepen, String verwacht) {
    assertThat(evalueer("WW", "GEEN", "WERKZOEKEND", doelgroepen).get("aandachtspunt")).isEqualTo(verwacht);
  }

  static Stream<Arguments> elkeCombinatie() {
    List<String> groepen = List.copyOf(AANDACHTSPUNTEN.keySet());
    List<Arguments> gevallen = new ArrayList<>();
    for (int bits = 1; bits < 1 << groepen.size(); bits++) {
      List<String> gekozen = new ArrayList<>();
      List<String> punten = new ArrayList<>();
      for (int i = 0; i < groepen.size(); i++) {
        if ((bits & 1 << i) != 0) {
          gekozen.add(groepen.get(i));
          punten.add(AANDACHTSPUNTEN.get(groepen.get(i)));
        }
      }
      // the order the gids ticked them does not matter
      Collections.reverse(gekozen);
      gevallen.add(Arguments.of(String.join(",", gekozen), String.join("; ", punten)));
    }
    gevallen.add(Arguments.of("GEEN", GEEN_BIJZONDERHEDEN));
    return gevallen.stream();
  }

  @Test
  void withoutAnIntakeThereIsNothingSpecial() {
    assertThat(evalueer("WW", "GEEN", "WERKZOEKEND", null).get("aandachtspunt")).isEqualTo(GEEN_BIJZONDERHEDEN);
    assertThat(evalueer("WW", "GEEN", "WERKZOEKEND", "").get("aandachtspunt")).isEqualTo(GEEN_BIJZONDERHEDEN);
  }

  private static Map<String, Object> evalueer(String uwv, String gemeente, String werksituatie, String doelgroepen) {
    Map<String, Object> in = new HashMap<>(Map.of("uwvUitkering", uwv, "gemeenteUitkering", gemeente,
        "werksituatie", werksituatie));
    in.put("doelgroepen", doelgroepen);
    return dmn.evaluateDecisionTable(regie, in).getSingleResult().getEntryMap();
  }

  @ParameterizedTest(name = "EUR {0} -> {1}")
  @CsvSource({"0, AUTOMATISCH", "1000, AUTOMATISCH", "1001, BUDGETHOUDER", "5000, BUDGETHOUDER",
      "5001, VIER_OGEN", "250000, VIER_OGEN"})
  void goedkeuringsroute(long bedrag, String verwacht) {
    var result = dmn.evaluateDecisionTable(route, Map.of("budgetBedrag", bedrag)).getSingleResult();

    assertThat(result.<String>getSingleEntry()).isEqualTo(verwacht);
  }
}
