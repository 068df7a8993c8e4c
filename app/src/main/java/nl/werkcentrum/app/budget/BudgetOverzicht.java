package nl.werkcentrum.app.budget;

import java.util.Map;

/** A pot's position, all derived from the ledger; amounts in whole euros. */
public record BudgetOverzicht(String regio, int jaar, long gestort, long gereserveerd, long besteed,
    long vrij, Map<Financier, Long> gestortPerFinancier) {
}
