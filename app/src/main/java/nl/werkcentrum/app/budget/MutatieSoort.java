package nl.werkcentrum.app.budget;

/**
 * The four kinds of ledger entry. Free = stortingen - reserveringen + vrijgaven; a besteding
 * consumes part of a reservation, so it does not change what is free.
 */
public enum MutatieSoort {
  STORTING, RESERVERING, VRIJGAVE, BESTEDING
}
