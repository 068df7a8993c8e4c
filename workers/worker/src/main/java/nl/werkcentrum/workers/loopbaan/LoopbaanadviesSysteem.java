package nl.werkcentrum.workers.loopbaan;

import java.time.LocalDate;

/** Port: the sociale partners' loopbaanadvies for a werkende whose job is at risk. */
public interface LoopbaanadviesSysteem {

  /**
   * The advice for trajectory {@code trajectId}: scholing towards a shortage sector, or bemiddeling
   * to other work. Keyed on the trajectId, so asking again gives the same advice.
   */
  Advies adviseren(String trajectId, String bsn, String regio, LocalDate ontslagdatum);

  /** {@code richting}: SCHOLING or BEMIDDELING; {@code sector}: the shortage sector, only for SCHOLING. */
  record Advies(String richting, String sector) {
  }
}
