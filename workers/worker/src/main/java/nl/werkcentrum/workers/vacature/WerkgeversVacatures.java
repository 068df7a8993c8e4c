package nl.werkcentrum.workers.vacature;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.net.URI;
import java.util.Optional;

/**
 * The vacancies employers brought to the Werkcentrum (werkgeversvragen) come first: asked for a
 * match, this reads the region's open vacancies from our API ({@code GET /api/regios/{regio}/vacatures})
 * and proposes the oldest one of the trajectory's sector; only when there is none does it ask the
 * partner's own vacancy system. Our API being unreachable is no reason to stop matching: the
 * partner's system is asked then too.
 */
public class WerkgeversVacatures implements VacatureSysteem {

  private static final Logger LOG = LoggerFactory.getLogger(WerkgeversVacatures.class);

  private final RestClient api;
  private final VacatureSysteem eigen;

  public WerkgeversVacatures(RestClient api, VacatureSysteem eigen) {
    this.api = api;
    this.eigen = eigen;
  }

  /** Our API beside the engine REST API ({@code http://host/engine-rest} gives {@code http://host/api}). */
  public static WerkgeversVacatures naast(String engineRestUrl, String user, String password, RestClient.Builder builder,
      VacatureSysteem eigen) {
    URI api = URI.create(engineRestUrl.endsWith("/") ? engineRestUrl : engineRestUrl + "/").resolve("../api");
    return new WerkgeversVacatures(builder.clone().baseUrl(api.toString())
        .defaultHeaders(h -> h.setBasicAuth(user, password)).build(), eigen);
  }

  @Override
  public Optional<Vacature> matchen(String trajectId, String regio, String sector) {
    return vanWerkgevers(regio, sector).or(() -> eigen.matchen(trajectId, regio, sector));
  }

  private Optional<Vacature> vanWerkgevers(String regio, String sector) {
    JsonNode open;
    try {
      open = api.get().uri("/regios/{regio}/vacatures", regio).accept(MediaType.APPLICATION_JSON).retrieve()
          .body(JsonNode.class);
    } catch (RestClientException onbereikbaar) {
      LOG.warn("Vacatures van werkgeversvragen in {} niet te lezen ({}); alleen de eigen vacatures", regio,
          onbereikbaar.getClass().getSimpleName());
      return Optional.empty();
    }
    if (open == null || !open.isArray()) {
      return Optional.empty();
    }
    for (JsonNode v : open) {
      if (v.path("sector").asText().equals(sector) && v.path("open").asInt() > 0) {
        return Optional.of(new Vacature(v.path("vacatureId").asText(), v.path("werkgever").asText(),
            v.path("functie").asText()));
      }
    }
    return Optional.empty();
  }
}
