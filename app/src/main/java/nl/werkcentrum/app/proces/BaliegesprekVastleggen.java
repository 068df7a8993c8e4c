package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.baliegesprek.Baliegesprek;
import nl.werkcentrum.app.baliegesprek.BaliegesprekService;
import nl.werkcentrum.app.baliegesprek.Balievraag;
import nl.werkcentrum.app.baliegesprek.Doorverwijzing;
import nl.werkcentrum.app.baliegesprek.Vraagsoort;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The first step of a question at the desk: stores what the gids recorded in {@code wc_baliegesprek}
 * and removes it from the process in the same transaction, so the advice text never reaches the
 * engine's tables. What stays is routing: the region and whether a follow-up is wanted. A choice
 * the form does not offer, or a region that is not the gids's own, is refused on the start form
 * and nothing is written.
 *
 * <p>The business key is {@code BALIE-} and the question's id: no UUID, because a UUID business key
 * means a trajectory to the rest of the application (the processing log, the partners' rules).
 */
@Component("baliegesprekVastleggen")
public class BaliegesprekVastleggen implements JavaDelegate {

  static final String SLEUTEL_PREFIX = "BALIE-";
  static final List<String> GEGEVENS = List.of("vraagsoort", "advies", "doorverwijzing");

  private final BaliegesprekService gesprekken;
  private final GidsRegio gidsRegio;

  public BaliegesprekVastleggen(BaliegesprekService gesprekken, GidsRegio gidsRegio) {
    this.gesprekken = gesprekken;
    this.gidsRegio = gidsRegio;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String regio = gidsRegio.van(execution, "vastleggen");
    Vraagsoort vraagsoort = keuze(execution, "vraagsoort", Vraagsoort.class)
        .orElseThrow(() -> Weigering.opFormulier("Kies de soort vraag uit de lijst"));
    Doorverwijzing doorverwijzing = execution.getVariable("doorverwijzing") == null ? Doorverwijzing.GEEN
        : keuze(execution, "doorverwijzing", Doorverwijzing.class)
            .orElseThrow(() -> Weigering.opFormulier("Kies de doorverwijzing uit de lijst"));
    Object advies = execution.getVariable("advies");
    if (advies != null && advies.toString().length() > 4000) {
      throw Weigering.opFormulier("Het advies is langer dan 4000 tekens");
    }
    boolean vervolg = Boolean.TRUE.equals(execution.getVariable("vervolgGewenst"));
    Baliegesprek gesprek = gesprekken.vastleggen(regio,
        new Balievraag(vraagsoort, advies == null || advies.toString().isBlank() ? null : advies.toString(),
            doorverwijzing, vervolg),
        Uitvoerder.van(execution), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(SLEUTEL_PREFIX + gesprek.getId());
    GEGEVENS.forEach(execution::removeVariable);
    execution.setVariable("regio", regio);
    execution.setVariable("vervolgGewenst", vervolg);
  }

  private static <E extends Enum<E>> Optional<E> keuze(DelegateExecution execution, String naam, Class<E> soort) {
    String waarde = String.valueOf(execution.getVariable(naam));
    return Arrays.stream(soort.getEnumConstants()).filter(e -> e.name().equals(waarde)).findFirst();
  }
}
