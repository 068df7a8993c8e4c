package nl.werkcentrum.app.budget;

import java.util.UUID;

/** The outcome of a reservation: insufficient budget is an outcome the process handles, not an error. */
public record Reservering(boolean gelukt, UUID reserveringId, long vrijNaReservering) {

  static Reservering ontoereikend(long vrij) {
    return new Reservering(false, null, vrij);
  }
}
