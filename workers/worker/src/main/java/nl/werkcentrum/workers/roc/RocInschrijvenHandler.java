package nl.werkcentrum.workers.roc;

import nl.werkcentrum.workers.common.BsnBron;
import nl.werkcentrum.workers.common.PartnerTaskHandler;
import nl.werkcentrum.workers.common.PartnerWeigering;
import nl.werkcentrum.workers.common.WorkerSettings;
import nl.werkcentrum.workers.roc.RocSysteem.Aanvraag;
import nl.werkcentrum.workers.roc.RocSysteem.Inschrijving;
import org.camunda.bpm.client.task.ExternalTask;

import java.util.Map;

/**
 * {@code roc.inschrijven}: in {@code regio}, {@code opleiding}, and the BSN from the Werkcentrum for the
 * locked task ({@link BsnBron}); out
 * {@code inschrijvingKenmerk}, {@code verwachteEinddatum}; a full course is BPMN error {@code OPLEIDING_VOL},
 * a course the ROC does not offer {@code OPLEIDING_ONBEKEND}: both send the werkplan back.
 */
public class RocInschrijvenHandler extends PartnerTaskHandler {

  public static final String OPLEIDING_VOL = "OPLEIDING_VOL";
  public static final String OPLEIDING_ONBEKEND = "OPLEIDING_ONBEKEND";

  private final BsnBron bsnBron;
  private final RocSysteem roc;

  public RocInschrijvenHandler(WorkerSettings settings, BsnBron bsnBron, RocSysteem roc) {
    super(settings);
    this.bsnBron = bsnBron;
    this.roc = roc;
  }

  @Override
  protected void afgerond(String trajectId, ExternalTask task) {
    roc.inschrijvingDoorgegeven(trajectId);
  }

  @Override
  protected Map<String, Object> handle(String trajectId, ExternalTask task) {
    String opleiding = task.getVariable("opleiding");
    if (opleiding == null) {
      throw new IllegalStateException("variabele opleiding ontbreekt");
    }
    Aanvraag aanvraag = new Aanvraag(bsnBron.bsnVoor(task), task.getVariable("regio"), opleiding);
    try {
      Inschrijving inschrijving = roc.inschrijven(trajectId, aanvraag);
      return Map.of("inschrijvingKenmerk", inschrijving.kenmerk(),
          "verwachteEinddatum", inschrijving.verwachteEinddatum().toString());
    } catch (RocSysteem.OpleidingVol vol) {
      throw new PartnerWeigering(OPLEIDING_VOL, vol.getMessage(), Map.of());
    } catch (RocSysteem.OpleidingOnbekend onbekend) {
      throw new PartnerWeigering(OPLEIDING_ONBEKEND, onbekend.getMessage(), Map.of());
    }
  }
}
