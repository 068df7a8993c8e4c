package nl.werkcentrum.app.budget;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Year;
import java.util.List;

/**
 * Demo only: UWV and the gemeente fund the ontschot budget of the demo regions for this year,
 * so the first werkplan a demo user submits is not bounced for an empty pot. Deposits once: a
 * pot that already has money is left alone.
 */
@Component
@Profile("demo")
@Order(3)
class DemoBudget implements ApplicationRunner {

  static final List<String> REGIONS = List.of("AMR15", "AMR24");
  static final long PER_FINANCIER = 250_000;

  private final OntschotBudget budget;
  private final Clock clock;

  DemoBudget(OntschotBudget budget, Clock clock) {
    this.budget = budget;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    int jaar = Year.now(clock).getValue();
    for (String regio : REGIONS) {
      if (budget.overzicht(regio, jaar).gestort().signum() == 0) {
        budget.storten(regio, jaar, Financier.UWV, PER_FINANCIER, "demo");
        budget.storten(regio, jaar, Financier.GEMEENTE, PER_FINANCIER, "demo");
      }
    }
  }
}
