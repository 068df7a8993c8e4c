package nl.werkcentrum.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Werkcentrum engine application: the Camunda 7 engine with its webapps and REST API,
 * and our own domain (werkplan, traject, ontschot budget) in the same database.
 */
@SpringBootApplication
public class WerkcentrumApplication {

  public static void main(String[] args) {
    SpringApplication.run(WerkcentrumApplication.class, args);
  }
}
