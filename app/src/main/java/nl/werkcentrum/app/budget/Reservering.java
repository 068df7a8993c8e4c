package nl.werkcentrum.app.budget;

import java.math.BigDecimal;
import java.util.UUID;

/** The outcome of a reservation: insufficient budget is an outcome the process handles, not an error. */
public record Reservering(boolean gelukt, UUID reserveringId, BigDecimal vrijNaReservering) {

  static Reservering ontoereikend(BigDecimal vrij) {
    return new Reservering(false, null, vrij);
  }
}
