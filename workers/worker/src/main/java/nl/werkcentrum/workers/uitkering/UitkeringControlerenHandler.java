package nl.werkcentrum.workers.uitkering;

import nl.werkcentrum.workers.common.BsnBron;
import nl.werkcentrum.workers.common.PartnerTaskHandler;
import nl.werkcentrum.workers.common.WorkerSettings;
import org.camunda.bpm.client.task.ExternalTask;

import java.util.Map;

/**
 * {@code uwv.uitkering-controleren} and {@code gemeente.uitkering-controleren}: no variables in; the
 * BSN comes from the Werkcentrum for the locked task ({@link BsnBron}); out the benefit.
 */
public class UitkeringControlerenHandler extends PartnerTaskHandler {

  private final BsnBron bsnBron;
  private final UitkeringRegister register;
  private final String resultaatVariabele;

  /** @param resultaatVariabele {@code uwvUitkering} or {@code gemeenteUitkering} */
  public UitkeringControlerenHandler(WorkerSettings settings, BsnBron bsnBron, UitkeringRegister register,
      String resultaatVariabele) {
    super(settings);
    this.bsnBron = bsnBron;
    this.register = register;
    this.resultaatVariabele = resultaatVariabele;
  }

  @Override
  protected Map<String, Object> handle(String trajectId, ExternalTask task) {
    return Map.of(resultaatVariabele, register.uitkeringVan(bsnBron.bsnVoor(task)));
  }
}
