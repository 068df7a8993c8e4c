package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.intake.Intake;
import nl.werkcentrum.app.intake.IntakeService;
import nl.werkcentrum.app.verloop.TrajectVerloop;
import nl.werkcentrum.app.verloop.Vacaturevoorstel;
import nl.werkcentrum.app.werkplan.Werkplan;
import nl.werkcentrum.app.werkplan.WerkplanService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a step needs of a person's data, read from our tables when the step starts. The models call
 * it in input parameters (the regie decision, the partners' tasks, a form that shows the course),
 * so the value is a local variable of the running activity and goes when the activity ends; the
 * engine's history never records it (see HistoriePlugin). The trajectory is the business key.
 */
@Component("taakgegevens")
public class Taakgegevens {

  private final IntakeService intakes;
  private final WerkplanService werkplannen;
  private final TrajectVerloop verloop;

  public Taakgegevens(IntakeService intakes, WerkplanService werkplannen, TrajectVerloop verloop) {
    this.intakes = intakes;
    this.werkplannen = werkplannen;
    this.verloop = verloop;
  }

  /**
   * Every attention group recorded at intake, comma-separated (the regie decision splits them): a
   * string, so the value lent to the decision needs no serialization of a Java list.
   */
  public String doelgroepen(DelegateExecution execution) {
    return intake(execution).map(i -> i.getDoelgroepen().stream().map(Enum::name)
        .collect(Collectors.joining(","))).orElse(null);
  }

  /**
   * For a trajectory still running on a model of the previous release, whose regie task lends the
   * decision one input "doelgroep": today's decision reads "doelgroepen", so the groups are lent to
   * the same activity under that name too (a local variable, gone when the activity ends). Remove once
   * no instance of that version runs (processes/README.md, "Versions and running trajectories").
   */
  public String doelgroep(DelegateExecution execution) {
    String groepen = doelgroepen(execution);
    execution.setVariableLocal("doelgroepen", groepen);
    return groepen;
  }

  public String werksituatie(DelegateExecution execution) {
    return intake(execution).map(i -> i.getWerksituatie().name()).orElse(null);
  }

  /** The regie partner's activities of the current werkplan, one per line, as the consulent wrote them. */
  public String activiteiten(DelegateExecution execution) {
    return werkplan(execution).map(Werkplan::activiteitenAlsTekst).orElse(null);
  }

  /** The course code of the current werkplan, if it asks for scholing. */
  public String opleiding(DelegateExecution execution) {
    return werkplan(execution).map(Werkplan::getOpleiding).orElse(null);
  }

  /** The employer of the vacancy last proposed, for the consulent who confirms the placement. */
  public String werkgever(DelegateExecution execution) {
    return TrajectSleutel.van(execution).flatMap(verloop::voorstel).map(Vacaturevoorstel::getWerkgever).orElse(null);
  }

  public String functie(DelegateExecution execution) {
    return TrajectSleutel.van(execution).flatMap(verloop::voorstel).map(Vacaturevoorstel::getFunctie).orElse(null);
  }

  private Optional<Intake> intake(DelegateExecution execution) {
    return TrajectSleutel.van(execution).flatMap(intakes::van);
  }

  private Optional<Werkplan> werkplan(DelegateExecution execution) {
    return TrajectSleutel.van(execution).flatMap(werkplannen::huidig);
  }
}
