package nl.werkcentrum.app.werkgever;

/** How an employer's question ended. */
public enum Uitkomst {
  /** Every vacancy was filled with people from the Werkcentrum. */
  VERVULD,
  /** No fitting candidate: someone is trained for the vacancy (ontschot budget), which stays open. */
  ONTWIKKELPAD,
  /** Closed with a reason (afsluitreden). */
  AFGESLOTEN
}
