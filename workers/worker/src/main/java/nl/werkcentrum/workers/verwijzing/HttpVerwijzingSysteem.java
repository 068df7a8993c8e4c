package nl.werkcentrum.workers.verwijzing;

import nl.werkcentrum.workers.common.PartnerSysteemException;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * {@code PUT /verwijzingen/{trajectId}} answers {@code {"kenmerk": ...}}. PUT on the trajectory's
 * own resource is idempotent by HTTP's definition, so a redelivered task cannot refer twice.
 */
public class HttpVerwijzingSysteem implements VerwijzingSysteem {

  private final RestClient http;
  private final String partner;

  public HttpVerwijzingSysteem(RestClient http, String partner) {
    this.http = http;
    this.partner = partner;
  }

  @Override
  public String verwijs(String trajectId, Verwijzing verwijzing) {
    Antwoord antwoord = http.put().uri("/verwijzingen/{trajectId}", trajectId)
        .contentType(MediaType.APPLICATION_JSON)
        .body(verwijzing)
        .retrieve()
        .body(Antwoord.class);
    if (antwoord == null || antwoord.kenmerk() == null) {
      throw new PartnerSysteemException(partner + " gaf geen kenmerk op PUT /verwijzingen");
    }
    return antwoord.kenmerk();
  }

  record Antwoord(String kenmerk) {
  }
}
