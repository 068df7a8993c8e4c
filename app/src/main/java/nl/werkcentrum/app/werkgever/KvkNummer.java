package nl.werkcentrum.app.werkgever;

/**
 * The Chamber of Commerce number an employer is known by: exactly eight digits. The KvK publishes
 * no check digit for it (unlike the BSN's 11-proef), so the shape is all that can be checked here;
 * all zeros is the placeholder forms and exports use for "unknown" and is refused.
 */
public final class KvkNummer {

  private KvkNummer() {
  }

  /** The reason it is no KvK-nummer, or null when it is one. */
  public static String fout(String waarde) {
    if (waarde == null || waarde.isBlank()) {
      return "ontbreekt";
    }
    if (!waarde.matches("[0-9]{8}")) {
      return "precies acht cijfers";
    }
    if (waarde.equals("00000000")) {
      return "geen geldig KvK-nummer (alleen nullen)";
    }
    return null;
  }
}
