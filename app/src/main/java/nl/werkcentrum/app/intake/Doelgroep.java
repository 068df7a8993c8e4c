package nl.werkcentrum.app.intake;

/**
 * An attention group the gids recorded at intake; a person can belong to several. GEEN when none
 * applies, and then alone.
 */
public enum Doelgroep {
  GEEN,
  STATUSHOUDER,
  ARBEIDSBEPERKING,
  JONGERE,
  OUDERE,
  ARBEIDSMIGRANT,
  GGZ,
  EX_GEDETINEERDE
}
