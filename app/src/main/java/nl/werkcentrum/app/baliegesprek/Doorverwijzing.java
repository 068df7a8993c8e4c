package nl.werkcentrum.app.baliegesprek;

/** The partner the gids referred the visitor to, or none. */
public enum Doorverwijzing {
  GEEN, UWV, GEMEENTE, ROC, SOCIALE_PARTNERS
}
