package nl.werkcentrum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.werkcentrum.app.rapportage.Rapportage;
import nl.werkcentrum.app.rapportage.RapportageService;
import nl.werkcentrum.app.security.RegioToegang;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
class RapportageController {

  /** The report's period lies within these years: outside them a date is a typing error. */
  static final int EERSTE_JAAR = 2000;
  static final int LAATSTE_JAAR = 2100;

  private final RapportageService rapportages;
  private final RegioToegang toegang;
  private final BekendeRegio bekendeRegio;

  RapportageController(RapportageService rapportages, RegioToegang toegang, BekendeRegio bekendeRegio) {
    this.rapportages = rapportages;
    this.toegang = toegang;
    this.bekendeRegio = bekendeRegio;
  }

  @GetMapping("/api/regios/{regio}/rapportage")
  @Operation(summary = "The Regionaal Beraad's figures for a region and period",
      description = "Sign-ups per channel, running trajectories per phase, lead time per phase, budget "
          + "per funder, placements per sector, drop-outs per reason and attention groups; "
          + "dates inclusive. For the region's caseworkers.")
  @ApiResponse(responseCode = "200", description = "The report")
  @Weigeringen({400, 403})
  Rapportage rapportage(
      @Parameter(description = "Code van de arbeidsmarktregio", example = "AMR15") @PathVariable String regio,
      @Parameter(description = "Eerste dag (JJJJ-MM-DD)", example = "2026-01-01")
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
      @Parameter(description = "Laatste dag, inbegrepen (JJJJ-MM-DD)", example = "2026-12-31")
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot, Authentication caller) {
    bekendeRegio.controleer(regio);
    binnenBereik("van", van);
    binnenBereik("tot", tot);
    if (tot.isBefore(van)) {
      throw new OngeldigVerzoekException("tot", "tot: ligt voor 'van'");
    }
    toegang.magLezen(caller, regio);
    return rapportages.voor(regio, van, tot);
  }

  private static void binnenBereik(String veld, LocalDate datum) {
    if (datum.getYear() < EERSTE_JAAR || datum.getYear() > LAATSTE_JAAR) {
      throw new OngeldigVerzoekException(veld,
          veld + ": ligt tussen " + EERSTE_JAAR + " en " + LAATSTE_JAAR);
    }
  }
}
