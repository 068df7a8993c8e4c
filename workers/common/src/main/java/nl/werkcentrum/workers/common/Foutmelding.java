package nl.werkcentrum.workers.common;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Turns a fault into the incident message an operator reads in Cockpit, and its details. */
final class Foutmelding {

  /** Cockpit shows the message in one line; the engine column takes more, but nobody reads it. */
  static final int MAX_LENGTH = 500;

  private Foutmelding() {
  }

  static String of(Throwable fault) {
    String message = fault.getMessage();
    String text = (message == null || message.isBlank())
        ? fault.getClass().getSimpleName()
        : message;
    if (!(fault instanceof PartnerSysteemException)) {
      text = fault.getClass().getSimpleName() + ": " + text;
    }
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
  }

  static String details(Throwable fault) {
    StringWriter trace = new StringWriter();
    fault.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
