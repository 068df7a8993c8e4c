package nl.werkcentrum.workers.loopbaan;

import nl.werkcentrum.workers.common.BsnBron;
import nl.werkcentrum.workers.common.PartnerTaskHandler;
import nl.werkcentrum.workers.common.WorkerSettings;
import org.camunda.bpm.client.task.ExternalTask;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code sociale-partners.loopbaanadvies}: in {@code regio}, {@code ontslagdatum} and the BSN from
 * the Werkcentrum for the locked task ({@link BsnBron}), since the adviser invites the person; out
 * {@code loopbaanadvies} (SCHOLING, BEMIDDELING) and, for scholing, the shortage {@code sector}.
 */
public class LoopbaanadviesHandler extends PartnerTaskHandler {

  private final BsnBron bsnBron;
  private final LoopbaanadviesSysteem systeem;

  public LoopbaanadviesHandler(WorkerSettings settings, BsnBron bsnBron, LoopbaanadviesSysteem systeem) {
    super(settings);
    this.bsnBron = bsnBron;
    this.systeem = systeem;
  }

  @Override
  protected Map<String, Object> handle(String trajectId, ExternalTask task) {
    String regio = task.getVariable("regio");
    LocalDate ontslagdatum = LocalDate.parse(task.<String>getVariable("ontslagdatum"));
    LoopbaanadviesSysteem.Advies advies = systeem.adviseren(trajectId, bsnBron.bsnVoor(task), regio, ontslagdatum);
    Map<String, Object> uitkomst = new HashMap<>();
    uitkomst.put("loopbaanadvies", advies.richting());
    if (advies.sector() != null) {
      uitkomst.put("sector", advies.sector());
    }
    return uitkomst;
  }
}
