package nl.werkcentrum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import nl.werkcentrum.app.security.RegioToegang;
import nl.werkcentrum.app.traject.Traject;
import nl.werkcentrum.app.traject.TrajectService;
import nl.werkcentrum.app.traject.TrajectStatus;
import nl.werkcentrum.contract.Contract;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * The Werkcentrum ends a trajectory: the same message {@code TrajectBeeindigen} a regie partner's
 * system sends, with a reason from the contract's list, for the region's own caseworkers. Their
 * engine rights do not let them correlate messages at all; this door checks who and why first.
 */
@RestController
@RequestMapping("/api/trajecten")
class BeeindigingController {

  static final String BERICHT = "TrajectBeeindigen";
  static final String REDEN = "beeindigingsreden";

  private final TrajectService trajecten;
  private final RegioToegang toegang;
  private final RuntimeService runtimeService;
  private final List<String> redenen = Contract.werkcentrum().berichten().get(BERICHT).verplicht().get(REDEN);

  BeeindigingController(TrajectService trajecten, RegioToegang toegang, RuntimeService runtimeService) {
    this.trajecten = trajecten;
    this.toegang = toegang;
    this.runtimeService = runtimeService;
  }

  record BeeindigingVerzoek(
      @Schema(description = "Waarom het traject stopt", example = "VERHUISD",
          allowableValues = {"TERUGGETROKKEN", "VERHUISD", "ZELF_WERK_GEVONDEN"})
      @NotBlank(message = "ontbreekt") String reden) {
  }

  @PostMapping("/{id}/beeindiging")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  @Operation(summary = "End a running trajectory for a reason from the fixed list",
      description = "For the gidsen, coordinators and consulenten of the trajectory's region. An open budget "
          + "reservation is released; the reason is kept with the trajectory.")
  @ApiResponse(responseCode = "204", description = "The trajectory has ended")
  @Weigeringen({400, 403, 404, 409})
  void beeindigen(@Parameter(description = "Id van het traject") @PathVariable UUID id,
      @Valid @RequestBody BeeindigingVerzoek verzoek, Authentication door) {
    if (!redenen.contains(verzoek.reden())) {
      throw new OngeldigVerzoekException("reden", "reden: kies uit " + String.join(", ", redenen));
    }
    Traject traject = trajecten.vind(id);
    toegang.magBeeindigen(door, traject.getRegio());
    if (traject.getStatus() != TrajectStatus.ACTIEF) {
      throw new TrajectAfgeslotenException();
    }
    runtimeService.createMessageCorrelation(BERICHT).processInstanceBusinessKey(id.toString())
        .setVariable(REDEN, verzoek.reden()).correlate();
  }
}
