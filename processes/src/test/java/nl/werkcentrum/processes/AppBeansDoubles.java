package nl.werkcentrum.processes;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stand-ins for the app's beans named in docs/process-contract.md, behaving as the contract says,
 * so the models can be tested on their own. The real beans are tested in app/ and end to end.
 */
class AppBeansDoubles {

  /** Active trajectories by BSN, as the app's unique constraint keeps them. */
  final Map<String, String> actief = new HashMap<>();
  final List<String> fasen = new ArrayList<>();
  final List<String> geboekt = new ArrayList<>();
  long vrijBudget = 10_000;

  void register() {
    Mocks.register("aanmeldingRegistreren", (JavaDelegate) this::registreren);
    Mocks.register("aanmeldingDoorzetten", (JavaDelegate) e -> e.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation("HerhaaldeAanmelding")
        .processInstanceBusinessKey((String) e.getVariable("lopendTrajectId"))
        .setVariable("herhaaldKanaal", e.getVariable("kanaal")).correlate());
    Mocks.register("intakeVastleggen", new IntakeVastleggen());
    Mocks.register("werkplanVastleggen", (JavaDelegate) e -> geboekt.add("werkplan " + e.getVariable("budgetBedrag")));
    Mocks.register("budgetReserveren", (JavaDelegate) this::reserveren);
    Mocks.register("budgetAfrekenen", (JavaDelegate) e -> geboekt.add("besteding " + e.getVariable("besteedBedrag")));
    Mocks.register("budgetVrijgeven", (JavaDelegate) e -> geboekt.add("vrijgave"));
    Mocks.register("trajectAfsluiten", (JavaDelegate) e -> {
      actief.values().remove(e.getVariable("trajectId"));
      geboekt.add("afgesloten " + e.getVariable("uitkomst"));
    });
    Mocks.register("vierOgenControle", (TaskListener) this::vierOgen);
    Mocks.register("faseRegistratie", new FaseRegistratie());
    Mocks.register("termijnen", new Termijnen());
    Mocks.register("verloop", new Verloop());
    // what these lend to a task (header, due date, budget, courses) is tested with the real beans in app/
    Mocks.register("taakKop", (TaskListener) task -> task.setVariableLocal("trajectKop", "T-TEST"));
    Mocks.register("budgetInzicht", (TaskListener) task -> task.setVariableLocal("vrijBudget", vrijBudget));
    Mocks.register("opleidingskeuze", (TaskListener) task -> task.setVariableLocal("opleidingen", "[]"));
    Mocks.register("plaatsingControle", new PlaatsingControle());
    // the app reads these from its tables; here the form's values stay where the test set them
    Mocks.register("taakgegevens", new Taakgegevens());
    Mocks.register("werkplanFormulier", (TaskListener) task -> { });
    Mocks.register("budgetAanvraagControle", (ExecutionListener) e -> {
      if (e.getProcessBusinessKey() == null || e.getVariable("budgetBedrag") == null) {
        throw new BadUserRequestException("Een budgetaanvraag start alleen vanuit een traject; ontbrekend: businessKey (traject-id)");
      }
    });
  }

  private void registreren(DelegateExecution e) {
    String bsn = (String) e.getVariable("bsn");
    if (bsn == null || !bsn.matches("\\d{9}")) {
      throw new BadUserRequestException("Geen geldig BSN");
    }
    if (e.getVariable("kanaal") == null) {
      e.setVariable("kanaal", "WERKCENTRUM");
    }
    // as the real delegate: the BSN goes to our tables, never stays in the engine
    e.removeVariable("bsn");
    String lopend = actief.get(bsn);
    e.setVariable("dubbeleAanmelding", lopend != null);
    if (lopend != null) {
      e.setVariable("lopendTrajectId", lopend);
      return;
    }
    String trajectId = e.getProcessBusinessKey() != null ? e.getProcessBusinessKey() : UUID.randomUUID().toString();
    e.setProcessBusinessKey(trajectId);
    e.setVariable("trajectId", trajectId);
    actief.put(bsn, trajectId);
  }

  /** Lends the reserved amount to the task; refuses a fallen-through placement without a reason. */
  public static class PlaatsingControle implements TaskListener, ExecutionListener {
    @Override
    public void notify(DelegateTask task) {
      task.setVariableLocal("gereserveerdBedrag", 10_000L);
    }

    @Override
    public void notify(DelegateExecution e) {
      if (!e.isCanceled() && !Boolean.TRUE.equals(e.getVariable("plaatsingBevestigd"))
          && e.getVariable("nietGeplaatstReden") == null) {
        throw new BadUserRequestException("Geef aan waarom de plaatsing niet rond is");
      }
    }
  }

  /**
   * Records the intake's answers in order with the rest (the real bean stores them in wc_intake);
   * refuses, at the task's end, an intake without them.
   */
  public class IntakeVastleggen implements TaskListener, ExecutionListener {
    @Override
    public void notify(DelegateTask task) {
      // like the real bean, it leaves incomplete answers to the end listener's refusal
      if (task.getVariable("doelgroep") != null && task.getVariable("sector") != null) {
        geboekt.add("intake " + task.getVariable("doelgroep") + " " + task.getVariable("sector"));
      }
    }

    @Override
    public void notify(DelegateExecution e) {
      if (!e.isCanceled() && (e.getVariable("werksituatie") == null || e.getVariable("doelgroep") == null
          || e.getVariable("sector") == null)) {
        throw new BadUserRequestException("Kies de doelgroep uit de lijst");
      }
    }
  }

  private void reserveren(DelegateExecution e) {
    long bedrag = ((Number) e.getVariable("budgetBedrag")).longValue();
    if (bedrag > vrijBudget) {
      e.setVariable("budgetUitkomst", "ONTOEREIKEND");
      e.setVariable("afwijzingsreden", "Onvoldoende ontschot budget");
      return;
    }
    vrijBudget -= bedrag;
    e.setVariable("budgetUitkomst", "GOEDGEKEURD");
    e.setVariable("reserveringId", UUID.randomUUID().toString());
  }

  private void vierOgen(DelegateTask task) {
    String gebruiker = task.getAssignee();
    if ("BudgetBeoordelen".equals(task.getTaskDefinitionKey())) {
      if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        task.setVariable("eersteBeoordelaar", gebruiker);
        task.setVariable("eersteBesluit", Boolean.TRUE.equals(task.getVariable("budgetGoedgekeurd")) ? "Goedgekeurd" : "Afgewezen");
        task.setVariable("eersteToelichting", task.getVariable("budgetToelichting"));
      }
    } else if (gebruiker != null && gebruiker.equals(task.getVariable("eersteBeoordelaar"))) {
      throw new AuthorizationException("Vier ogen: niet dezelfde budgethouder");
    }
  }

  public class FaseRegistratie {
    public void markeer(DelegateExecution execution, String fase) {
      fasen.add(fase);
    }
  }

  /** Records what the model reports about the partners' work, in the order it happens. */
  public class Verloop {
    public void verwezen(DelegateExecution e) {
      geboekt.add("verwezen " + e.getVariable("regiepartner"));
    }

    public void ingeschreven(DelegateExecution e) {
      geboekt.add("ingeschreven " + e.getVariable("opleiding"));
    }

    public void opleidingVol(DelegateExecution e) {
      geboekt.add("opleiding vol");
    }

    public void scholingAfgerond(DelegateExecution e) {
      geboekt.add("scholing afgerond");
    }

    public void scholingAfgebroken(DelegateExecution e) {
      geboekt.add("scholing afgebroken");
    }

    public void geplaatst(DelegateExecution e) {
      geboekt.add("geplaatst bij " + e.getVariable("werkgever"));
    }
  }

  public static class Termijnen {
    public String getIntake() {
      return "P7D";
    }

    public String getScholingOpvolging() {
      return "P30D";
    }

    public String getPlaatsing() {
      return "P90D";
    }

    public String getVacatureOpnieuw() {
      return "P7D";
    }
  }

  /** Reads what the app would read from its tables from the variables the test set instead. */
  public static class Taakgegevens {
    public Object doelgroep(DelegateExecution e) {
      return e.getVariable("doelgroep");
    }

    public Object werksituatie(DelegateExecution e) {
      return e.getVariable("werksituatie");
    }

    public Object activiteiten(DelegateExecution e) {
      return e.getVariable("activiteiten");
    }

    public Object opleiding(DelegateExecution e) {
      return e.getVariable("opleiding");
    }
  }
}
