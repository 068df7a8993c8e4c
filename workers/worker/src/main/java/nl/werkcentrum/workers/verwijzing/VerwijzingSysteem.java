package nl.werkcentrum.workers.verwijzing;

/** Port: the regiepartner's (UWV, gemeente or sociale partners) system that takes a referral. */
public interface VerwijzingSysteem {

  /**
   * Registers the referral of trajectory {@code trajectId} and returns its reference. Keyed on the
   * trajectId: asked again for the same trajectory, it returns the same reference.
   */
  String verwijs(String trajectId, Verwijzing verwijzing);

  record Verwijzing(String regio, String sector, String activiteiten) {
  }
}
