package nl.werkcentrum.app.traject;

/** A sign-up that cannot be accepted; {@code veld} names the offending field for the caller. */
public class OngeldigeAanmeldingException extends RuntimeException {

  private final String veld;

  public OngeldigeAanmeldingException(String veld, String reden) {
    super(reden);
    this.veld = veld;
  }

  public String getVeld() {
    return veld;
  }
}
