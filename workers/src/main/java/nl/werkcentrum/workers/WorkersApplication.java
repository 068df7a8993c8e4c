package nl.werkcentrum.workers;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs the partner workers as a separate process next to the engine: they reach the engine
 * only through its REST API, as the partners' own systems do in production.
 */
@SpringBootApplication
public class WorkersApplication {

  public static void main(String[] args) {
    SpringApplication.run(WorkersApplication.class, args);
  }
}
