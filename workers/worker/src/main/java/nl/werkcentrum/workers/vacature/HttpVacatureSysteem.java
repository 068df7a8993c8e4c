package nl.werkcentrum.workers.vacature;

import nl.werkcentrum.workers.common.PartnerSysteemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import java.util.Map;
import java.util.Optional;

/**
 * {@code PUT /matches/{trajectId} {"regio","sector"}} reserves a vacancy for the trajectory and
 * answers it, or {@code 404} when there is none now. A repeated PUT returns the same reservation.
 */
public class HttpVacatureSysteem implements VacatureSysteem {

  private final RestClient http;
  private final String partner;

  public HttpVacatureSysteem(RestClient http, String partner) {
    this.http = http;
    this.partner = partner;
  }

  @Override
  public Optional<Vacature> matchen(String trajectId, String regio, String sector) {
    ResponseEntity<Vacature> antwoord = http.put().uri("/matches/{trajectId}", trajectId)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("regio", regio, "sector", sector))
        .retrieve()
        .onStatus(s -> s.value() == HttpStatus.NOT_FOUND.value(), (request, response) -> { })
        .toEntity(Vacature.class);
    if (antwoord.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
      return Optional.empty();
    }
    Vacature vacature = antwoord.getBody();
    if (vacature == null || vacature.vacatureId() == null) {
      throw new PartnerSysteemException(partner + " gaf een match zonder vacatureId op PUT /matches");
    }
    return Optional.of(vacature);
  }
}
