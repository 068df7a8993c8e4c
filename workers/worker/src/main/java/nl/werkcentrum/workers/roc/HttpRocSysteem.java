package nl.werkcentrum.workers.roc;

import nl.werkcentrum.workers.common.PartnerSysteemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.time.LocalDate;

/**
 * {@code PUT /inschrijvingen/{trajectId}} answers {@code {"kenmerk", "verwachteEinddatum"}}, or
 * {@code 409 Conflict} when the course is full, {@code 422} when the ROC does not offer it. One resource per trajectory: a repeated PUT
 * returns the existing enrolment.
 */
public class HttpRocSysteem implements RocSysteem {

  private final RestClient http;
  private final String partner;

  public HttpRocSysteem(RestClient http, String partner) {
    this.http = http;
    this.partner = partner;
  }

  @Override
  public Inschrijving inschrijven(String trajectId, Aanvraag aanvraag) {
    Antwoord antwoord = http.put().uri("/inschrijvingen/{trajectId}", trajectId)
        .contentType(MediaType.APPLICATION_JSON)
        .body(aanvraag)
        .retrieve()
        .onStatus(s -> s.value() == HttpStatus.CONFLICT.value(), (request, response) -> {
          throw new OpleidingVol(aanvraag.opleiding());
        })
        .onStatus(s -> s.value() == HttpStatus.UNPROCESSABLE_ENTITY.value(), (request, response) -> {
          throw new OpleidingOnbekend(aanvraag.opleiding());
        })
        .body(Antwoord.class);
    if (antwoord == null || antwoord.kenmerk() == null || antwoord.verwachteEinddatum() == null) {
      throw new PartnerSysteemException(partner + " gaf een onvolledige inschrijving op PUT /inschrijvingen");
    }
    return new Inschrijving(antwoord.kenmerk(), antwoord.verwachteEinddatum());
  }

  record Antwoord(String kenmerk, LocalDate verwachteEinddatum) {
  }
}
