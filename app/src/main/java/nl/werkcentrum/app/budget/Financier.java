package nl.werkcentrum.app.budget;

/** Who puts money into a region's ontschot budget. */
public enum Financier {
  UWV, GEMEENTE, RIJK, SECTORFONDS, ESF_PLUS
}
