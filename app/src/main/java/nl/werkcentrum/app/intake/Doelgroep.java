package nl.werkcentrum.app.intake;

/** The attention group the gids recorded at intake; GEEN when none applies. */
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
