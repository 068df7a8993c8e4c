package nl.werkcentrum.workers;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * One partner's system, polling its own topics from the engine over the REST API. Start it with
 * the partner as Spring profile: {@code uwv}, {@code gemeente}, {@code roc} or {@code sociale-partners}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkerApplication {

  public static void main(String[] args) {
    SpringApplication.run(WorkerApplication.class, args);
  }
}
