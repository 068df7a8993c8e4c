package nl.werkcentrum.app.api;

/** A request our API refuses with 400; {@code veld} names the offending field or parameter. */
class OngeldigVerzoekException extends RuntimeException {

  private final String veld;

  OngeldigVerzoekException(String veld, String reden) {
    super(reden);
    this.veld = veld;
  }

  String getVeld() {
    return veld;
  }
}
