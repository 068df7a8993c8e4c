package nl.werkcentrum.app.intake;

/** The shortage sector the person wants to work in, as chosen at intake. */
public enum Sector {
  ZORG,
  ONDERWIJS,
  TECHNIEK,
  KINDEROPVANG,
  VEILIGHEID,
  KLIMAAT,
  DIGITAAL,
  OVERIG
}
