package nl.werkcentrum.app.werknaarwerk;

/** Who announced that the job is at risk: every door leads to the same route. */
public enum Melder {
  /** The person themselves, at the desk (the gids's start form). */
  PERSOON,
  /** The sociale partners' system, with its message. */
  SOCIALE_PARTNERS,
  /** The employer, through our API, for one or many employees at once. */
  WERKGEVER
}
