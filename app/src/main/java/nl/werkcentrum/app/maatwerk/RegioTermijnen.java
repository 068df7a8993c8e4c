package nl.werkcentrum.app.maatwerk;

import nl.werkcentrum.app.proces.Termijnen;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.Function;

/**
 * The terms a region's trajectory waits, for the BPMN timers:
 * {@code ${regioTermijnen.van(execution, 'intake')}}. A region that deploys its own decision
 * {@value #BESLISSING} for its tenant (input {@code termijn}: the term's name, output {@code duur}: an
 * ISO-8601 duration) sets its own terms there; a term it leaves out, and every term of a region
 * without one, is the national term from configuration ({@link Termijnen}). A decision, because that
 * is what a process owner can deploy from Camunda Modeler for their tenant, without a restart.
 */
@Component("regioTermijnen")
public class RegioTermijnen {

  public static final String BESLISSING = "werkcentrum-termijnen";

  private static final Map<String, Function<Termijnen, String>> LANDELIJK = Map.of(
      "intake", Termijnen::getIntake,
      "scholingOpvolging", Termijnen::getScholingOpvolging,
      "plaatsing", Termijnen::getPlaatsing,
      "vacatureOpnieuw", Termijnen::getVacatureOpnieuw);

  private final Termijnen termijnen;
  private final Maatwerk maatwerk;
  private final DecisionService decisionService;

  public RegioTermijnen(Termijnen termijnen, Maatwerk maatwerk, DecisionService decisionService) {
    this.termijnen = termijnen;
    this.maatwerk = maatwerk;
    this.decisionService = decisionService;
  }

  public String van(DelegateExecution execution, String termijn) {
    Function<Termijnen, String> landelijk = LANDELIJK.get(termijn);
    if (landelijk == null) {
      throw new IllegalArgumentException("Onbekende termijn in het model: " + termijn);
    }
    String regio = execution.getTenantId();
    if (regio != null && maatwerk.heeftBeslissing(regio, BESLISSING)) {
      DmnDecisionResultEntries regel = decisionService.evaluateDecisionByKey(BESLISSING)
          .decisionDefinitionTenantId(regio)
          .variables(Variables.createVariables().putValue("termijn", termijn))
          .evaluate().getFirstResult();
      Object duur = regel == null ? null : regel.get("duur");
      if (duur instanceof String eigen && !eigen.isBlank()) {
        return eigen;
      }
    }
    return landelijk.apply(termijnen);
  }
}
