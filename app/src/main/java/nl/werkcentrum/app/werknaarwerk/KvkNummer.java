package nl.werkcentrum.app.werknaarwerk;

/**
 * A KvK-nummer: eight digits. The Kamer van Koophandel publishes no check digit for it, so the
 * shape is all that can be checked here.
 */
public final class KvkNummer {

  private KvkNummer() {
  }

  public static boolean isGeldig(String nummer) {
    return nummer != null && nummer.matches("\\d{8}");
  }
}
