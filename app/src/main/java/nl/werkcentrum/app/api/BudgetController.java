package nl.werkcentrum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.werkcentrum.app.budget.BudgetOverzicht;
import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.security.RegioToegang;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.UUID;

@RestController
@RequestMapping("/api/regios/{regio}/budget")
class BudgetController {

  static final int EERSTE_JAAR = 2024;
  static final int LAATSTE_JAAR = 2100;

  private final OntschotBudget budget;
  private final Clock clock;
  private final RegioToegang toegang;
  private final BekendeRegio bekendeRegio;

  BudgetController(OntschotBudget budget, Clock clock, RegioToegang toegang,
      BekendeRegio bekendeRegio) {
    this.budget = budget;
    this.clock = clock;
    this.toegang = toegang;
    this.bekendeRegio = bekendeRegio;
  }

  record StortingVerzoek(
      @Schema(description = "Wie het geld stort")
      @NotNull(message = "ontbreekt") Financier financier,
      @Schema(description = "Bedrag in euro's, hoogstens twee decimalen, meer dan 0 en hoogstens 100000000",
          example = "25000.50", minimum = "0.01", maximum = "100000000")
      @NotNull(message = "ontbreekt")
      @DecimalMin(value = "0.00", inclusive = false, message = "moet groter zijn dan 0")
      @DecimalMax(value = "100000000", message = "hoogstens 100000000 euro per storting")
      @Digits(integer = 9, fraction = 2, message = "euro's met hoogstens twee decimalen (centen)")
      BigDecimal bedrag,
      @Schema(description = "Budgetjaar; standaard dit jaar", example = "2026")
      @Min(value = EERSTE_JAAR, message = "ligt tussen " + EERSTE_JAAR + " en " + LAATSTE_JAAR)
      @Max(value = LAATSTE_JAAR, message = "ligt tussen " + EERSTE_JAAR + " en " + LAATSTE_JAAR)
      Integer jaar) {
  }

  record StortingAntwoord(UUID mutatieId, BudgetOverzicht overzicht) {
  }

  @GetMapping
  @Operation(summary = "The region's ontschot budget for a year",
      description = "Deposited (also per funder), reserved, spent and free, all derived from the ledger; "
          + "for the region's caseworkers.")
  @ApiResponse(responseCode = "200", description = "The budget overview")
  @Weigeringen({400, 403})
  BudgetOverzicht overzicht(
      @Parameter(description = "Code van de arbeidsmarktregio", example = "AMR15") @PathVariable String regio,
      @Parameter(description = "Budgetjaar; standaard dit jaar", example = "2026")
      @RequestParam(required = false) Integer jaar, Authentication caller) {
    bekendeRegio.controleer(regio);
    int budgetjaar = jaar(jaar);
    toegang.magLezen(caller, regio);
    return budget.overzicht(regio, budgetjaar);
  }

  @PostMapping("/stortingen")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Book a funder's deposit into the region's pot",
      description = "For the region's budget holders. The amount is kept exactly, cents included.")
  @ApiResponse(responseCode = "201", description = "The deposit is booked; the pot's new position")
  @Weigeringen({400, 403, 409})
  StortingAntwoord storten(
      @Parameter(description = "Code van de arbeidsmarktregio", example = "AMR15") @PathVariable String regio,
      @Valid @RequestBody StortingVerzoek verzoek, Authentication door) {
    bekendeRegio.controleer(regio);
    toegang.magStorten(door, regio);
    int jaar = jaar(verzoek.jaar());
    UUID id = budget.storten(regio, jaar, verzoek.financier(), verzoek.bedrag(), door.getName());
    return new StortingAntwoord(id, budget.overzicht(regio, jaar));
  }

  private int jaar(Integer jaar) {
    if (jaar == null) {
      return Year.now(clock).getValue();
    }
    if (jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
      throw new OngeldigVerzoekException("jaar", "jaar: ligt tussen " + EERSTE_JAAR + " en " + LAATSTE_JAAR);
    }
    return jaar;
  }
}
