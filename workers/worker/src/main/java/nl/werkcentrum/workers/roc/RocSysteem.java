package nl.werkcentrum.workers.roc;

import java.time.LocalDate;

/** Port: the ROC's student administration. */
public interface RocSysteem {

  /**
   * Enrols the person of trajectory {@code trajectId} in {@code opleiding}. Keyed on the trajectId:
   * asked again for the same trajectory, it returns the existing enrolment and takes no second seat.
   *
   * @throws OpleidingVol when the course has no seat left
   * @throws OpleidingOnbekend when the ROC does not offer the course
   */
  Inschrijving inschrijven(String trajectId, Aanvraag aanvraag);

  /** The engine accepted the enrolment: the trajectory now waits for the course's end. */
  default void inschrijvingDoorgegeven(String trajectId) {
  }

  record Aanvraag(String bsn, String regio, String opleiding) {
  }

  record Inschrijving(String kenmerk, LocalDate verwachteEinddatum) {
  }

  /** The course is full: a business refusal, the model sends the werkplan back. */
  class OpleidingVol extends RuntimeException {
    public OpleidingVol(String opleiding) {
      super("Opleiding " + opleiding + " is vol");
    }
  }

  /** The ROC does not offer this course: a business refusal, the consulent corrects the werkplan. */
  class OpleidingOnbekend extends RuntimeException {
    public OpleidingOnbekend(String opleiding) {
      super("Opleiding " + opleiding + " is bij het ROC onbekend");
    }
  }
}
