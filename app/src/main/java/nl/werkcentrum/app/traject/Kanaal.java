package nl.werkcentrum.app.traject;

/** The door a person came in through: "no wrong door", every one leads to the same trajectory. */
public enum Kanaal {
  UWV("Aanmelding.UWV"),
  GEMEENTE("Aanmelding.Gemeente"),
  ROC("Aanmelding.ROC"),
  SOCIALE_PARTNERS("Aanmelding.SocialePartners"),
  /** Walk-in at the Werkcentrum desk, started from Tasklist's start form. */
  WERKCENTRUM(null);

  private final String startMessage;

  Kanaal(String startMessage) {
    this.startMessage = startMessage;
  }

  /** The BPMN message that starts a trajectory through this door; null for the walk-in start event. */
  public String startMessage() {
    return startMessage;
  }
}
