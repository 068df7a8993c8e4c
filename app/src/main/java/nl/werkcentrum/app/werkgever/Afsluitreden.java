package nl.werkcentrum.app.werkgever;

/** Why a werkgeversvraag was closed without filling its vacancies. */
public enum Afsluitreden {
  GEEN_KANDIDAAT, NIET_KANSRIJK, WERKGEVER_TREKT_IN, ELDERS_VERVULD, ANDERS
}
