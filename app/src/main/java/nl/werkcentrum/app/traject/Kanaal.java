package nl.werkcentrum.app.traject;

/** The door a person came in through: "no wrong door", every one leads to the same trajectory. */
public enum Kanaal {
  UWV("Aanmelding.UWV", "UWV"),
  GEMEENTE("Aanmelding.Gemeente", "gemeente"),
  ROC("Aanmelding.ROC", "ROC"),
  SOCIALE_PARTNERS("Aanmelding.SocialePartners", "sociale partners"),
  /** Walk-in at the Werkcentrum desk, started from Tasklist's start form. */
  WERKCENTRUM(null, "balie Werkcentrum");

  private final String startMessage;
  private final String omschrijving;

  Kanaal(String startMessage, String omschrijving) {
    this.startMessage = startMessage;
    this.omschrijving = omschrijving;
  }

  /** How a caseworker calls this door. */
  public String omschrijving() {
    return omschrijving;
  }

  /** The BPMN message that starts a trajectory through this door; null for the walk-in start event. */
  public String startMessage() {
    return startMessage;
  }
}
