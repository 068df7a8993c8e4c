package nl.werkcentrum.workers.roc;

import nl.werkcentrum.workers.common.PartnerTaskHandler;
import nl.werkcentrum.workers.common.PartnerWeigering;
import nl.werkcentrum.workers.common.WorkerSettings;
import nl.werkcentrum.workers.roc.RocSysteem.Aanvraag;
import nl.werkcentrum.workers.roc.RocSysteem.Inschrijving;
import org.camunda.bpm.client.task.ExternalTask;

import java.util.Map;

/**
 * {@code roc.inschrijven}: in {@code bsn}, {@code regio}, {@code opleiding}; out
 * {@code inschrijvingKenmerk}, {@code verwachteEinddatum}; a full course is BPMN error {@code OPLEIDING_VOL},
 * a course the ROC does not offer {@code OPLEIDING_ONBEKEND}: both send the werkplan back.
 */
public class RocInschrijvenHandler extends PartnerTaskHandler {

  public static final String OPLEIDING_VOL = "OPLEIDING_VOL";
  public static final String OPLEIDING_ONBEKEND = "OPLEIDING_ONBEKEND";

  private final RocSysteem roc;

  public RocInschrijvenHandler(WorkerSettings settings, RocSysteem roc) {
    super(settings);
    this.roc = roc;
  }

  @Override
  protected void afgerond(String trajectId, ExternalTask task) {
    roc.inschrijvingDoorgegeven(trajectId);
  }

  @Override
  protected Map<String, Object> handle(String trajectId, ExternalTask task) {
    Aanvraag aanvraag = new Aanvraag(task.getVariable("bsn"), task.getVariable("regio"), task.getVariable("opleiding"));
    if (aanvraag.bsn() == null || aanvraag.opleiding() == null) {
      throw new IllegalStateException("variabele bsn of opleiding ontbreekt");
    }
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
