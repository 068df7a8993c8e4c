package nl.werkcentrum.app.privacy;

/** What was done with a person's data; the names are the values in {@code wc_verwerking.handeling}. */
public enum Handeling {
  LEZEN, WIJZIGEN, VERWIJDEREN
}
