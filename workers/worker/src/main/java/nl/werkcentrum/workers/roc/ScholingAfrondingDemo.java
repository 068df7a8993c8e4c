package nl.werkcentrum.workers.roc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What a real ROC does when a course ends: it tells the engine, by message {@code ScholingAfgerond}
 * (variable {@code diploma}) to the trajectory's business key. The demo ROC does so a configurable
 * time after the engine accepted an enrolment, so a demo trajectory can finish by itself. Demo
 * only: a schedule is lost when the worker stops.
 */
public class ScholingAfrondingDemo {

  private static final Logger log = LoggerFactory.getLogger(ScholingAfrondingDemo.class);

  /** An unreachable or failing engine (5xx) is asked again a few times, 30 s apart. */
  private static final int POGINGEN = 10;

  private final RestClient engine;
  private final Duration na;
  private final Duration opnieuwNa;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "roc-scholing-afronden");
    t.setDaemon(true);
    return t;
  });

  /** @param engine a client of the engine REST API (base URL and the worker's credentials) */
  public ScholingAfrondingDemo(RestClient engine, Duration na) {
    this(engine, na, Duration.ofSeconds(30));
  }

  ScholingAfrondingDemo(RestClient engine, Duration na, Duration opnieuwNa) {
    this.engine = engine;
    this.na = na;
    this.opnieuwNa = opnieuwNa;
  }

  public void plan(String trajectId, String diploma) {
    timer.schedule(() -> stuur(trajectId, diploma, 1), na.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void stuur(String trajectId, String diploma, int poging) {
    try {
      engine.post().uri("/message").contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("messageName", "ScholingAfgerond", "businessKey", trajectId,
              "processVariables", Map.of("diploma", Map.of("value", diploma, "type", "String"))))
          .retrieve().toBodilessEntity();
      log.info("ScholingAfgerond gestuurd voor traject {}", trajectId);
    } catch (HttpClientErrorException e) {
      // a 4xx is the engine's final word (mostly: the trajectory no longer waits, e.g. it ended
      // or the course was broken off); asking again only fills both logs
      log.warn("ScholingAfgerond voor traject {} geweigerd ({}), niet opnieuw gestuurd", trajectId,
          e.getStatusCode().value());
    } catch (RestClientException e) {
      if (poging < POGINGEN) {
        timer.schedule(() -> stuur(trajectId, diploma, poging + 1), opnieuwNa.toMillis(), TimeUnit.MILLISECONDS);
      } else {
        log.warn("ScholingAfgerond voor traject {} niet afgeleverd: {}", trajectId, e.getMessage());
      }
    }
  }
}
