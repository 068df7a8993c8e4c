package nl.werkcentrum.app.proces;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How long a follow-up at the desk stays open ({@code werkcentrum.balie.vervolg}, ISO-8601): the
 * question process's timer reads it as {@code ${balieTermijnen.vervolg}}. Apart from the
 * trajectory's {@link Termijnen}, because a question is no trajectory.
 */
@Component("balieTermijnen")
@ConfigurationProperties("werkcentrum.balie")
public class BalieTermijnen {

  /** A visitor who wanted a follow-up and did not come back within a month is closed as advised. */
  private String vervolg = "P30D";

  public String getVervolg() {
    return vervolg;
  }

  public void setVervolg(String vervolg) {
    this.vervolg = vervolg;
  }
}
