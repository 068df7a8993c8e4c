package nl.werkcentrum.workers.verwijzing;

import nl.werkcentrum.workers.common.PartnerTaskHandler;
import nl.werkcentrum.workers.common.WorkerSettings;
import nl.werkcentrum.workers.verwijzing.VerwijzingSysteem.Verwijzing;
import org.camunda.bpm.client.task.ExternalTask;

import java.util.Map;

/** {@code <partner>.verwijzen}: in {@code regio}, {@code sector}, {@code activiteiten}; out {@code verwijzingKenmerk}. */
public class VerwijzenHandler extends PartnerTaskHandler {

  private final VerwijzingSysteem systeem;

  public VerwijzenHandler(WorkerSettings settings, VerwijzingSysteem systeem) {
    super(settings);
    this.systeem = systeem;
  }

  @Override
  protected Map<String, Object> handle(String trajectId, ExternalTask task) {
    Verwijzing verwijzing = new Verwijzing(task.getVariable("regio"), task.getVariable("sector"),
        task.getVariable("activiteiten"));
    return Map.of("verwijzingKenmerk", systeem.verwijs(trajectId, verwijzing));
  }
}
