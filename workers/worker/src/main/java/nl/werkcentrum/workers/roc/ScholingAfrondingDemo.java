package nl.werkcentrum.workers.roc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
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
 * time after an enrolment, so a demo trajectory can finish by itself. Demo only: a schedule is
 * lost when the worker stops.
 */
public class ScholingAfrondingDemo {

  private static final Logger log = LoggerFactory.getLogger(ScholingAfrondingDemo.class);

  /** The trajectory may not wait at the message yet right after enrolment; ask again a few times. */
  private static final int POGINGEN = 10;

  private final RestClient engine;
  private final Duration na;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "roc-scholing-afronden");
    t.setDaemon(true);
    return t;
  });

  /** @param engine a client of the engine REST API (base URL and the worker's credentials) */
  public ScholingAfrondingDemo(RestClient engine, Duration na) {
    this.engine = engine;
    this.na = na;
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
    } catch (RestClientException e) {
      if (poging < POGINGEN) {
        timer.schedule(() -> stuur(trajectId, diploma, poging + 1), 30, TimeUnit.SECONDS);
      } else {
        log.warn("ScholingAfgerond voor traject {} niet afgeleverd: {}", trajectId, e.getMessage());
      }
    }
  }
}
