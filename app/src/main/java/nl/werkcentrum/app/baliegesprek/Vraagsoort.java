package nl.werkcentrum.app.baliegesprek;

/** What a visitor came to the desk for, as the Regionaal Beraad counts it. */
public enum Vraagsoort {
  VACATURES, SCHOLING, LOOPBAAN, UITKERING, ANDERS
}
