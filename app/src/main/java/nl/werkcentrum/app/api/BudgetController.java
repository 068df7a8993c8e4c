package nl.werkcentrum.app.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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

import java.time.Clock;
import java.time.Year;
import java.util.UUID;

@RestController
@RequestMapping("/api/regios/{regio}/budget")
class BudgetController {

  private final OntschotBudget budget;
  private final Clock clock;
  private final RegioToegang toegang;

  BudgetController(OntschotBudget budget, Clock clock, RegioToegang toegang) {
    this.budget = budget;
    this.clock = clock;
    this.toegang = toegang;
  }

  record StortingVerzoek(@NotNull Financier financier, @NotNull @Positive Long bedrag,
      @Min(2024) @Max(2100) Integer jaar) {
  }

  record StortingAntwoord(UUID mutatieId, BudgetOverzicht overzicht) {
  }

  /** Pot, reserved, spent, free and deposits per funder, for one region and year (default: this year). */
  @GetMapping
  BudgetOverzicht overzicht(@PathVariable String regio, @RequestParam(required = false) Integer jaar,
      Authentication caller) {
    toegang.magLezen(caller, regio);
    return budget.overzicht(regio, jaar == null ? Year.now(clock).getValue() : jaar);
  }

  @PostMapping("/stortingen")
  @ResponseStatus(HttpStatus.CREATED)
  StortingAntwoord storten(@PathVariable String regio, @Valid @RequestBody StortingVerzoek verzoek,
      Authentication door) {
    toegang.magStorten(door, regio);
    int jaar = verzoek.jaar() == null ? Year.now(clock).getValue() : verzoek.jaar();
    UUID id = budget.storten(regio, jaar, verzoek.financier(), verzoek.bedrag(), door.getName());
    return new StortingAntwoord(id, budget.overzicht(regio, jaar));
  }
}
