package nl.werkcentrum.app.werknaarwerk;

import nl.werkcentrum.app.persoon.Bsn;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An employer's collective lay-off, announced once for many employees: every BSN is checked first
 * and one bad row refuses the whole announcement (nobody is signed up), so the employer corrects
 * and sends the list again without duplicates. Then one van-werk-naar-werk instance per person, all
 * in one transaction: the process's own first steps register each person as every door does.
 */
@Service
public class CollectiefOntslagService {

  static final String PROCES = "van-werk-naar-werk";

  private final RuntimeService runtimeService;

  public CollectiefOntslagService(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** One person of the announcement: their row (1-based), trajectory and whether it was already running. */
  public record Aangemeld(int rij, UUID trajectId, boolean herhaald) {
  }

  public record Uitkomst(UUID collectiefId, List<Aangemeld> aangemeld) {
  }

  @Transactional
  public Uitkomst aanmelden(CollectiefOntslag ontslag) {
    controleer(ontslag.bsns());
    UUID collectiefId = UUID.randomUUID();
    List<Aangemeld> aangemeld = new ArrayList<>();
    for (int i = 0; i < ontslag.bsns().size(); i++) {
      VariableMap variabelen = Variables.createVariables()
          .putValue("bsn", ontslag.bsns().get(i).strip())
          .putValue("regio", ontslag.regio())
          .putValue("kanaal", "WERKCENTRUM")
          .putValue("melder", Melder.WERKGEVER.name())
          .putValue("kvkNummer", ontslag.kvkNummer())
          .putValue("ontslagdatum", ontslag.ontslagdatum().toString())
          .putValue("collectiefId", collectiefId.toString());
      var instantie = runtimeService.createProcessInstanceByKey(PROCES).setVariables(variabelen)
          .executeWithVariablesInReturn();
      boolean herhaald = Boolean.TRUE.equals(instantie.getVariables().get("dubbeleAanmelding"));
      Object trajectId = herhaald ? instantie.getVariables().get("lopendTrajectId") : instantie.getBusinessKey();
      aangemeld.add(new Aangemeld(i + 1, UUID.fromString(trajectId.toString()), herhaald));
    }
    return new Uitkomst(collectiefId, aangemeld);
  }

  private static void controleer(List<String> bsns) {
    List<OngeldigeRijenException.Rij> fout = new ArrayList<>();
    Set<String> gezien = new HashSet<>();
    for (int i = 0; i < bsns.size(); i++) {
      String bsn = bsns.get(i) == null ? null : bsns.get(i).strip();
      if (!Bsn.isValid(bsn)) {
        fout.add(new OngeldigeRijenException.Rij(i + 1, "Geen geldig BSN (negen cijfers die de 11-proef doorstaan)"));
      } else if (!gezien.add(bsn)) {
        fout.add(new OngeldigeRijenException.Rij(i + 1, "Dit BSN staat al eerder in de lijst"));
      }
    }
    if (!fout.isEmpty()) {
      throw new OngeldigeRijenException(fout);
    }
  }
}
