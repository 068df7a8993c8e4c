package nl.werkcentrum.app.intake;

import java.util.Set;

/**
 * What the gids answered on the intake form. A person can belong to several attention groups;
 * {@code doelgroepen} holds them all ({@link Doelgroep#GEEN} alone when none applies).
 */
public record Intakegegevens(Werksituatie werksituatie, Set<Doelgroep> doelgroepen, Sector sector, String verslag) {

  public Intakegegevens {
    doelgroepen = Set.copyOf(doelgroepen);
  }
}
