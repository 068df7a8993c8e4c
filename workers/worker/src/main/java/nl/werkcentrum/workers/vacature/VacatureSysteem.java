package nl.werkcentrum.workers.vacature;

import java.util.Optional;

/** Port: the sociale partners' vacancy system (employers' vacancies in shortage sectors). */
public interface VacatureSysteem {

  /**
   * Finds a vacancy in the region and sector and reserves it for trajectory {@code trajectId}.
   * Keyed on the trajectId: asked again, it returns the vacancy already reserved, never a second one.
   */
  Optional<Vacature> matchen(String trajectId, String regio, String sector);

  record Vacature(String vacatureId, String werkgever, String functie) {
  }
}
