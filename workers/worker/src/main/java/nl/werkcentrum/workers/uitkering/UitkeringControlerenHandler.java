package nl.werkcentrum.workers.uitkering;

import nl.werkcentrum.workers.common.PartnerTaskHandler;
import nl.werkcentrum.workers.common.WorkerSettings;
import org.camunda.bpm.client.task.ExternalTask;

import java.util.Map;

/** {@code uwv.uitkering-controleren} and {@code gemeente.uitkering-controleren}: in {@code bsn}. */
public class UitkeringControlerenHandler extends PartnerTaskHandler {

  private final UitkeringRegister register;
  private final String resultaatVariabele;

  /** @param resultaatVariabele {@code uwvUitkering} or {@code gemeenteUitkering} */
  public UitkeringControlerenHandler(WorkerSettings settings, UitkeringRegister register, String resultaatVariabele) {
    super(settings);
    this.register = register;
    this.resultaatVariabele = resultaatVariabele;
  }

  @Override
  protected Map<String, Object> handle(String trajectId, ExternalTask task) {
    String bsn = task.getVariable("bsn");
    if (bsn == null) {
      throw new IllegalStateException("variabele bsn ontbreekt");
    }
    return Map.of(resultaatVariabele, register.uitkeringVan(bsn));
  }
}
