package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.werkgever.Afsluitreden;
import nl.werkcentrum.app.werkgever.WerkgeversvraagService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Set;

/**
 * The werkgeversadviseur's decisions on a question: the qualification (kansrijk, or closed with a
 * reason) and, when nobody fits, the way on (ontwikkelpad, a wider search, or closing with a
 * reason). Refuses on the form what the route could not follow, keeps the notes in our table and
 * takes them out of the engine. An end listener, so a refusal reaches Tasklist as a 400.
 */
@Component("werkgeversvraagBesluit")
public class WerkgeversvraagBesluit implements ExecutionListener {

  static final Set<String> VERVOLG = Set.of("ONTWIKKELPAD", "BREDER_ZOEKEN", "AFSLUITEN");

  private final WerkgeversvraagService vragen;

  public WerkgeversvraagBesluit(WerkgeversvraagService vragen) {
    this.vragen = vragen;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    if ("VraagKwalificeren".equals(execution.getCurrentActivityId())) {
      gekwalificeerd(execution);
    } else {
      vervolgGekozen(execution);
    }
  }

  private void gekwalificeerd(DelegateExecution execution) {
    boolean kansrijk = Boolean.TRUE.equals(execution.getVariable("vraagKansrijk"));
    if (!kansrijk) {
      reden(execution);
    } else {
      execution.removeVariable("afsluitreden");
    }
    execution.setVariable("vraagKansrijk", kansrijk);
    vragen.gekwalificeerd(WerkgeversvraagSleutel.vereist(execution), tekst(execution, "kwalificatieNotitie"));
    execution.removeVariable("kwalificatieNotitie");
  }

  private void vervolgGekozen(DelegateExecution execution) {
    String vervolg = tekst(execution, "vervolg");
    if (!VERVOLG.contains(vervolg)) {
      throw Weigering.opFormulier("Kies het vervolg: ontwikkelpad, breder zoeken of afsluiten");
    }
    if ("AFSLUITEN".equals(vervolg)) {
      reden(execution);
    }
    String toelichting = tekst(execution, "toelichting");
    if (toelichting != null) {
      vragen.toelichten(WerkgeversvraagSleutel.vereist(execution), toelichting);
    }
    execution.removeVariable("toelichting");
  }

  private static void reden(DelegateExecution execution) {
    String reden = tekst(execution, "afsluitreden");
    if (reden == null || Arrays.stream(Afsluitreden.values()).noneMatch(r -> r.name().equals(reden))) {
      throw Weigering.opFormulier("Geef de reden om de werkgeversvraag af te sluiten");
    }
  }

  private static String tekst(DelegateExecution e, String naam) {
    Object waarde = e.getVariable(naam);
    return waarde == null || waarde.toString().isBlank() ? null : waarde.toString();
  }
}
