package nl.werkcentrum.app.intake;

/** What the gids answered on the intake form. */
public record Intakegegevens(Werksituatie werksituatie, Doelgroep doelgroep, Sector sector, String verslag) {
}
