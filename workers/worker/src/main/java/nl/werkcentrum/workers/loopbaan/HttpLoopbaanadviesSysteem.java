package nl.werkcentrum.workers.loopbaan;

import nl.werkcentrum.workers.common.PartnerSysteemException;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.time.LocalDate;
import java.util.Map;

/**
 * {@code PUT /loopbaanadviezen/{trajectId} {"bsn","regio","ontslagdatum"}} answers
 * {@code {"richting","sector"}}; a repeated PUT returns the same advice.
 */
public class HttpLoopbaanadviesSysteem implements LoopbaanadviesSysteem {

  private final RestClient http;
  private final String partner;

  public HttpLoopbaanadviesSysteem(RestClient http, String partner) {
    this.http = http;
    this.partner = partner;
  }

  @Override
  public Advies adviseren(String trajectId, String bsn, String regio, LocalDate ontslagdatum) {
    Advies advies = http.put().uri("/loopbaanadviezen/{trajectId}", trajectId)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("bsn", bsn, "regio", regio, "ontslagdatum", ontslagdatum.toString()))
        .retrieve()
        .body(Advies.class);
    if (advies == null || !("SCHOLING".equals(advies.richting()) || "BEMIDDELING".equals(advies.richting()))) {
      throw new PartnerSysteemException(partner + " gaf geen bruikbaar loopbaanadvies op PUT /loopbaanadviezen");
    }
    return advies;
  }
}
