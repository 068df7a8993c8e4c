package nl.werkcentrum.app.budget;

import java.math.BigDecimal;
import java.util.Map;

/** A pot's position, all derived from the ledger; amounts in euros with two decimals. */
public record BudgetOverzicht(String regio, int jaar, BigDecimal gestort, BigDecimal gereserveerd,
    BigDecimal besteed, BigDecimal vrij, Map<Financier, BigDecimal> gestortPerFinancier) {
}
