package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.notitie.Notitie;
import nl.werkcentrum.app.notitie.NotitieRepository;
import nl.werkcentrum.app.privacy.Handeling;
import nl.werkcentrum.app.privacy.Verwerker;
import nl.werkcentrum.app.privacy.Verwerkingenlog;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A caseworker's note on a task (the escalation's agreement, the scholing follow-up) goes to
 * {@code wc_notitie} when the task completes, and leaves the process in the same transaction.
 */
@Component("notitieVastleggen")
public class NotitieVastleggen implements TaskListener {

  static final List<String> VELDEN = List.of("escalatieAfspraak", "opvolgNotitie");

  private final NotitieRepository notities;
  private final Verwerkingenlog verwerkingen;
  private final Clock clock;

  public NotitieVastleggen(NotitieRepository notities, Verwerkingenlog verwerkingen, Clock clock) {
    this.notities = notities;
    this.verwerkingen = verwerkingen;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    var execution = TrajectSleutel.uitvoering(task);
    for (String veld : VELDEN) {
      Object tekst = task.getVariable(veld);
      if (tekst != null && !tekst.toString().isBlank()) {
        String door = Uitvoerder.van(task) == null ? Uitvoerder.SYSTEEM : Uitvoerder.van(task);
        UUID traject = TrajectSleutel.vereist(task);
        notities.save(new Notitie(traject, task.getTaskDefinitionKey(), tekst.toString().strip(), door,
            OffsetDateTime.now(clock)));
        verwerkingen.traject(Handeling.WIJZIGEN, traject, "notitie", task.getTaskDefinitionKey(),
            Verwerker.vanEngine(task.getProcessEngineServices().getIdentityService(), door));
      }
      execution.removeVariable(veld);
    }
  }
}
