package nl.werkcentrum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.werkcentrum.app.privacy.Handeling;
import nl.werkcentrum.app.privacy.Verwerker;
import nl.werkcentrum.app.privacy.Verwerkingenlog;
import nl.werkcentrum.app.security.BsnTaakToegang;
import nl.werkcentrum.app.traject.BsnVanTraject;
import nl.werkcentrum.app.traject.TrajectNietGevondenException;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * The BSN for a partner's external task. The BSN is no process variable (the engine carries the
 * trajectId only), so a worker whose work needs it (a benefit check, an enrolment) asks here, per
 * task it holds the lock on.
 */
@RestController
@RequestMapping("/api/externe-taken")
class ExterneTaakBsnController {

  private static final Logger log = LoggerFactory.getLogger(ExterneTaakBsnController.class);

  private final BsnTaakToegang toegang;
  private final BsnVanTraject bsnVanTraject;
  private final Verwerkingenlog verwerkingen;
  private final TransactionTemplate transactie;

  ExterneTaakBsnController(BsnTaakToegang toegang, BsnVanTraject bsnVanTraject, Verwerkingenlog verwerkingen,
      TransactionTemplate transactie) {
    this.toegang = toegang;
    this.bsnVanTraject = bsnVanTraject;
    this.verwerkingen = verwerkingen;
    this.transactie = transactie;
  }

  record BsnAntwoord(@Schema(description = "Burgerservicenummer van de persoon van het traject") String bsn) {
  }

  @GetMapping("/{taakId}/bsn")
  @Operation(summary = "The BSN for an external task the calling worker holds the lock on",
      description = "Only for a partner system, for a task of its own topics that needs the BSN, "
          + "locked by the given workerId.")
  @Weigeringen({400, 403, 404})
  BsnAntwoord bsn(@PathVariable String taakId, @RequestParam String workerId, Authentication caller) {
    ExternalTask taak = toegang.toegestaneTaak(taakId, workerId,
        caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    UUID trajectId = trajectId(taak);
    // who read which person's BSN for what: the disclosure is logged, the number never
    log.info("BSN vrijgegeven aan {} ({}) voor taak {} ({}) van traject {}", caller.getName(), workerId,
        taakId, taak.getTopicName(), trajectId);
    // the disclosure and its log entry commit together; a refusal above leaves no entry
    return transactie.execute(status -> {
      verwerkingen.traject(Handeling.LEZEN, trajectId, "BSN",
          "Taak " + taak.getActivityId() + " (" + taak.getTopicName() + ")", Verwerker.van(caller));
      return new BsnAntwoord(bsnVanTraject.bsn(trajectId).value());
    });
  }

  private static UUID trajectId(ExternalTask taak) {
    try {
      return UUID.fromString(taak.getBusinessKey());
    } catch (IllegalArgumentException | NullPointerException geenTraject) {
      throw new TrajectNietGevondenException(null);
    }
  }
}
