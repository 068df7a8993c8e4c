package nl.werkcentrum.app.traject;

import java.util.UUID;

public class TrajectNietGevondenException extends RuntimeException {

  public TrajectNietGevondenException(UUID id) {
    super("Traject " + id + " bestaat niet");
  }
}
