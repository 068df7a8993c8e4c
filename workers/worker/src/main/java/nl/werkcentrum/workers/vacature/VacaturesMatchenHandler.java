package nl.werkcentrum.workers.vacature;

import nl.werkcentrum.workers.common.PartnerTaskHandler;
import nl.werkcentrum.workers.common.WorkerSettings;
import org.camunda.bpm.client.task.ExternalTask;

import java.util.Map;

/**
 * {@code sociale-partners.vacatures-matchen}: in {@code regio}, {@code sector}; out
 * {@code vacatureGevonden} and, when found, {@code vacatureId}, {@code werkgever}, {@code functie}.
 * No vacancy is a normal answer: the model waits and asks again.
 */
public class VacaturesMatchenHandler extends PartnerTaskHandler {

  private final VacatureSysteem systeem;

  public VacaturesMatchenHandler(WorkerSettings settings, VacatureSysteem systeem) {
    super(settings);
    this.systeem = systeem;
  }

  @Override
  protected Map<String, Object> handle(String trajectId, ExternalTask task) {
    String regio = task.getVariable("regio");
    String sector = task.getVariable("sector");
    return systeem.matchen(trajectId, regio, sector)
        .<Map<String, Object>>map(v -> Map.of("vacatureGevonden", true, "vacatureId", v.vacatureId(),
            "werkgever", v.werkgever(), "functie", v.functie()))
        .orElse(Map.of("vacatureGevonden", false));
  }
}
