package nl.werkcentrum.workers.uitkering;

import nl.werkcentrum.workers.common.PartnerSysteemException;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.util.Map;

/**
 * The partner's benefit API: {@code POST /uitkeringscontroles {"bsn": ...}} answers
 * {@code {"uitkering": "WW"}}. The BSN travels in the body, never in a URL that access logs keep.
 */
public class HttpUitkeringRegister implements UitkeringRegister {

  private final RestClient http;
  private final String partner;

  public HttpUitkeringRegister(RestClient http, String partner) {
    this.http = http;
    this.partner = partner;
  }

  @Override
  public String uitkeringVan(String bsn) {
    Antwoord antwoord = http.post().uri("/uitkeringscontroles")
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("bsn", bsn))
        .retrieve()
        .body(Antwoord.class);
    if (antwoord == null || antwoord.uitkering() == null) {
      throw new PartnerSysteemException(partner + " gaf een antwoord zonder uitkering op POST /uitkeringscontroles");
    }
    return antwoord.uitkering();
  }

  record Antwoord(String uitkering) {
  }
}
