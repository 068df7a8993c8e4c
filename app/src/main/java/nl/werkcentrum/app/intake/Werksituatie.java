package nl.werkcentrum.app.intake;

/** Whether the person is looking for work or has a job and wants another (the intake form's choice). */
public enum Werksituatie {
  WERKZOEKEND,
  IN_DIENST
}
