package nl.werkcentrum.app.api;

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

  private final RapportageService rapportages;
  private final RegioToegang toegang;

  RapportageController(RapportageService rapportages, RegioToegang toegang) {
    this.rapportages = rapportages;
    this.toegang = toegang;
  }

  /** The Regionaal Beraad's figures for one region and period (dates inclusive). */
  @GetMapping("/api/regios/{regio}/rapportage")
  Rapportage rapportage(@PathVariable String regio,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot, Authentication caller) {
    toegang.magLezen(caller, regio);
    if (tot.isBefore(van)) {
      throw new IllegalArgumentException("'tot' ligt voor 'van'");
    }
    return rapportages.voor(regio, van, tot);
  }
}
