package nl.werkcentrum.app.werkgever;

import nl.werkcentrum.app.traject.OngeldigeAanmeldingException;

/**
 * An employer's question that cannot be accepted; {@code veld} names the field. A kind of refused
 * sign-up, so our API answers it as one (400 problem+json naming the field).
 */
public class OngeldigeWerkgeversvraagException extends OngeldigeAanmeldingException {

  public OngeldigeWerkgeversvraagException(String veld, String reden) {
    super(veld, reden);
  }
}
