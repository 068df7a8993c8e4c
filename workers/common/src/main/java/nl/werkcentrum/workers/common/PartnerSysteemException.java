package nl.werkcentrum.workers.common;

/** A technical fault of a partner system (error status, timeout, unreadable answer): retried. */
public class PartnerSysteemException extends RuntimeException {

  public PartnerSysteemException(String message) {
    super(message);
  }

  public PartnerSysteemException(String message, Throwable cause) {
    super(message, cause);
  }
}
