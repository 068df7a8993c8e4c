package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.intake.IntakeService;
import nl.werkcentrum.app.intake.Intakegegevens;
import nl.werkcentrum.app.intake.Sector;
import nl.werkcentrum.app.intake.Werksituatie;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Intake's answers in our own table, and only there: the report counts attention groups from
 * it, the regie decision reads them through {@link Taakgegevens}, and the engine never stores them. As the complete task listener it stores them; as the task's end
 * listener it refuses, on the form, a choice the form does not offer (only a client calling the
 * API directly can send one). The refusal cannot be the task listener's: the engine wraps a task
 * listener's exception in a generic one (a 500 for Tasklist), while an execution listener's reaches
 * the caller as the 400 it is. It rolls back the whole completion, so nothing is written.
 */
@Component("intakeVastleggen")
public class IntakeVastleggen implements TaskListener, ExecutionListener {

  static final List<String> GEGEVENS = List.of("werksituatie", "doelgroep", "intakeVerslag");

  private final IntakeService intakes;

  public IntakeVastleggen(IntakeService intakes) {
    this.intakes = intakes;
  }

  @Override
  public void notify(DelegateTask task) {
    // invalid answers are left to the end listener, which comes next and refuses them
    gegevens(task).ifPresent(gegevens -> {
      String door = Uitvoerder.van(task);
      intakes.vastleggen(TrajectSleutel.vereist(task), gegevens,
          door == null ? Uitvoerder.SYSTEEM : door);
    });
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // ended by a beëindiging during the intake: nothing was submitted
    }
    weiger(execution, "werksituatie", Werksituatie.class, "de werksituatie");
    if (DoelgroepKeuze.uit(execution.getVariable("doelgroep")).isEmpty()) {
      throw Weigering.opFormulier("Kies de doelgroepen uit de lijst: een of meer, of alleen "
          + "'Geen bijzondere doelgroep'");
    }
    weiger(execution, "sector", Sector.class, "de sector");
    // stored by the complete listener: the sector routes the partners' searches, the rest is the
    // person's and stays in wc_intake. Gone before the transaction ends, never written to ACT_RU_*.
    GEGEVENS.forEach(execution::removeVariable);
  }

  private static Optional<Intakegegevens> gegevens(VariableScope scope) {
    var werksituatie = keuze(scope, "werksituatie", Werksituatie.class);
    var doelgroepen = DoelgroepKeuze.uit(scope.getVariable("doelgroep"));
    var sector = keuze(scope, "sector", Sector.class);
    if (werksituatie.isEmpty() || doelgroepen.isEmpty() || sector.isEmpty()) {
      return Optional.empty();
    }
    Object verslag = scope.getVariable("intakeVerslag");
    return Optional.of(new Intakegegevens(werksituatie.get(), doelgroepen.get(), sector.get(),
        verslag == null ? null : verslag.toString()));
  }

  private static <E extends Enum<E>> void weiger(VariableScope scope, String naam, Class<E> soort,
      String omschrijving) {
    if (keuze(scope, naam, soort).isEmpty()) {
      throw Weigering.opFormulier("Kies " + omschrijving + " uit de lijst");
    }
  }

  private static <E extends Enum<E>> Optional<E> keuze(VariableScope scope, String naam, Class<E> soort) {
    String waarde = String.valueOf(scope.getVariable(naam));
    return Arrays.stream(soort.getEnumConstants()).filter(e -> e.name().equals(waarde)).findFirst();
  }
}
