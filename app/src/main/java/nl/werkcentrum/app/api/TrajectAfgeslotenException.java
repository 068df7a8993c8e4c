package nl.werkcentrum.app.api;

/** A change asked of a trajectory that has already ended: 409, nothing to do. */
class TrajectAfgeslotenException extends RuntimeException {

  TrajectAfgeslotenException() {
    super("Dit traject is al afgesloten");
  }
}
