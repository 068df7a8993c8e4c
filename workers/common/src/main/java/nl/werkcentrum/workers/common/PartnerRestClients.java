package nl.werkcentrum.workers.common;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Builds the RestClient of an HTTP partner port: base URL, timeouts, and a server error turned
 * into a {@link PartnerSysteemException} whose message names the partner, so the incident reads
 * "UWV-systeem antwoordde 500 ..." instead of a client library's text.
 */
public final class PartnerRestClients {

  private PartnerRestClients() {
  }

  public static RestClient create(RestClient.Builder builder, String partner, PartnerHttpSettings settings) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
    factory.setReadTimeout(settings.readTimeout());
    return builder.clone()
        .baseUrl(settings.url())
        .requestFactory(factory)
        .requestInterceptor((request, body, execution) -> {
          try {
            return execution.execute(request, body);
          } catch (java.io.IOException e) {
            throw new PartnerSysteemException(partner + " onbereikbaar (" + request.getMethod() + " "
                + request.getURI().getPath() + "): " + e.getMessage(), e);
          }
        })
        .defaultStatusHandler(HttpStatusCode::is5xxServerError, (request, response) -> {
          throw new PartnerSysteemException(partner + " antwoordde " + response.getStatusCode().value()
              + " op " + request.getMethod() + " " + request.getURI().getPath());
        })
        .build();
  }

  /** Where a partner system lives and how long we wait for it. */
  public record PartnerHttpSettings(String url, Duration connectTimeout, Duration readTimeout) {

    public PartnerHttpSettings {
      if (url == null || url.isBlank()) {
        throw new IllegalArgumentException("partner URL is missing");
      }
      connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
      readTimeout = readTimeout == null ? Duration.ofSeconds(20) : readTimeout;
    }
  }

}
