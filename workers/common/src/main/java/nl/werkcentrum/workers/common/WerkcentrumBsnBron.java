package nl.werkcentrum.workers.common;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.client.task.ExternalTask;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.net.URI;

/**
 * Asks the Werkcentrum's API for the BSN of a task this worker holds
 * ({@code GET /api/externe-taken/{id}/bsn?workerId=...}), with the worker's own engine credentials.
 * Any refusal (the lock was lost, the task is gone) is a technical fault: the task is tried again
 * after its back-off, and the message in Cockpit says why. Neither message nor log holds the BSN.
 */
public class WerkcentrumBsnBron implements BsnBron {

  private final RestClient api;
  private final String workerId;

  public WerkcentrumBsnBron(RestClient api, String workerId) {
    this.api = api;
    this.workerId = workerId;
  }

  /**
   * A client of our API beside the engine REST API: {@code http://host/engine-rest} gives
   * {@code http://host/api}, so a worker needs no second URL.
   */
  public static WerkcentrumBsnBron naast(String engineRestUrl, String user, String password, String workerId,
      RestClient.Builder builder) {
    URI api = URI.create(engineRestUrl.endsWith("/") ? engineRestUrl : engineRestUrl + "/").resolve("../api");
    return new WerkcentrumBsnBron(builder.clone().baseUrl(api.toString())
        .defaultHeaders(h -> h.setBasicAuth(user, password)).build(), workerId);
  }

  @Override
  public String bsnVoor(ExternalTask task) {
    JsonNode antwoord;
    try {
      antwoord = api.get().uri("/externe-taken/{id}/bsn?workerId={workerId}", task.getId(), workerId)
          .accept(MediaType.APPLICATION_JSON)
          .retrieve()
          .onStatus(HttpStatusCode::isError, (request, response) -> {
            throw new PartnerSysteemException("Werkcentrum gaf het BSN van taak " + task.getId() + " niet vrij ("
                + response.getStatusCode().value() + ")");
          })
          .body(JsonNode.class);
    } catch (RestClientException onbereikbaar) {
      throw new PartnerSysteemException("Werkcentrum onbereikbaar voor het BSN van taak " + task.getId() + ": "
          + onbereikbaar.getMessage(), onbereikbaar);
    }
    String bsn = antwoord == null ? "" : antwoord.path("bsn").asText("");
    if (bsn.isEmpty()) {
      throw new PartnerSysteemException("Werkcentrum antwoordde zonder BSN voor taak " + task.getId());
    }
    return bsn;
  }
}
