package nl.werkcentrum.app.baliegesprek;

/** What the gids records of a question at the desk: no personal data. */
public record Balievraag(Vraagsoort vraagsoort, String advies, Doorverwijzing doorverwijzing, boolean vervolgGewenst) {
}
