package nl.werkcentrum.workers.e2e.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the caseworkers fill in on each form, derived from the trajectory's process instance id so
 * that the werkplan and the placement of one trajectory agree (the spent amount stays within the
 * approved budget). The mix follows the forms' options: most people need a course, four in ten
 * budgets are approved automatically, one in ten needs four eyes.
 */
public final class Keuzes {

  private static final List<String> DOELGROEPEN = List.of("GEEN", "GEEN", "GEEN", "STATUSHOUDER",
      "ARBEIDSBEPERKING", "JONGERE", "OUDERE", "ARBEIDSMIGRANT", "GGZ", "EX_GEDETINEERDE");
  private static final List<String> SECTOREN = List.of("ZORG", "ONDERWIJS", "TECHNIEK", "KINDEROPVANG",
      "VEILIGHEID", "KLIMAAT", "DIGITAAL", "OVERIG");

  /**
   * The one course of the load's demo ROC (see {@link PartnerData}): a national course of the
   * catalogue (wc_opleiding), so the werkplan form offers it in every region.
   */
  public static final String OPLEIDING = "VZ-MBO3";

  private Keuzes() {
  }

  /** The form data for a task, by its task definition key. */
  public static Map<String, Object> formulier(String taskKey, String processInstanceId) {
    return switch (taskKey) {
      case "Intake" -> intake(processInstanceId);
      case "WerkplanOpstellen" -> werkplan(processInstanceId);
      case "BudgetBeoordelen" ->
          Map.of("budgetGoedgekeurd", true, "budgetToelichting", "Past in het werkplan en het regionale budget");
      case "BudgetTweedeBeoordeling" ->
          Map.of("tweedeBesluit", "GOEDGEKEURD", "tweedeToelichting", "Ook na eigen beoordeling akkoord");
      case "PlaatsingBevestigen" -> Map.of("plaatsingBevestigd", true, "besteedBedrag", budget(processInstanceId) * 9 / 10,
          "startdatum", "2027-01-04");
      case "IntakeEscaleren" -> Map.of("escalatieAfspraak", "Gids belt deze week");
      case "ScholingOpvolgen" -> Map.of("opvolgNotitie", "ROC gebeld, loopt volgens plan");
      case "HerhaaldeAanmeldingBekijken" -> Map.of();
      default -> throw new IllegalArgumentException("no form data for task " + taskKey);
    };
  }

  static Map<String, Object> intake(String key) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("werksituatie", bucket(key, "werk", 10) == 0 ? "IN_DIENST" : "WERKZOEKEND");
    form.put("doelgroep", DOELGROEPEN.get(bucket(key, "doelgroep", DOELGROEPEN.size())));
    form.put("sector", SECTOREN.get(bucket(key, "sector", SECTOREN.size())));
    form.put("intakeVerslag", "Gesprek gevoerd; wil aan de slag in de gekozen sector.");
    return form;
  }

  static Map<String, Object> werkplan(String key) {
    boolean scholing = bucket(key, "scholing", 10) < 6;
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("activiteiten", scholing ? "Sollicitatietraining\nOpleiding\nStage" : "Sollicitatietraining\nMatching");
    form.put("scholingNodig", scholing);
    if (scholing) {
      form.put("opleiding", OPLEIDING);
    }
    form.put("budgetBedrag", budget(key));
    return form;
  }

  /** Euro: 40% up to 1,000 (automatic), 50% up to 5,000 (one budget holder), 10% above (four eyes). */
  static long budget(String key) {
    int route = bucket(key, "route", 10);
    long step = bucket(key, "bedrag", 8);
    return route < 4 ? 500 + step * 60 : route < 9 ? 1_500 + step * 400 : 6_000 + step * 300;
  }

  private static int bucket(String key, String salt, int n) {
    return Math.floorMod((key + salt).hashCode() * 31 + salt.length(), n);
  }
}
