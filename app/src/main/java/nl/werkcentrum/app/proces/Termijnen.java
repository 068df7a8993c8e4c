package nl.werkcentrum.app.proces;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The periods the model waits, as ISO-8601 durations from configuration
 * ({@code werkcentrum.termijnen.*}): the national terms. The BPMN timers ask
 * {@code ${regioTermijnen.van(execution, 'intake')}}, which takes a region's own term where it has one
 * (maatwerk/RegioTermijnen) and these otherwise.
 */
@Component("termijnen")
@ConfigurationProperties("werkcentrum.termijnen")
public class Termijnen {

  /** Intake SLA: about five working days. */
  private String intake = "P7D";
  private String scholingOpvolging = "P30D";
  private String plaatsing = "P90D";
  private String vacatureOpnieuw = "P7D";
  /** Due date of a follow-up task ("Scholing opvolgen") once it is created. */
  private String opvolgtaak = "P5D";

  public String getOpvolgtaak() {
    return opvolgtaak;
  }

  public void setOpvolgtaak(String opvolgtaak) {
    this.opvolgtaak = opvolgtaak;
  }

  public String getIntake() {
    return intake;
  }

  public void setIntake(String intake) {
    this.intake = intake;
  }

  public String getScholingOpvolging() {
    return scholingOpvolging;
  }

  public void setScholingOpvolging(String scholingOpvolging) {
    this.scholingOpvolging = scholingOpvolging;
  }

  public String getPlaatsing() {
    return plaatsing;
  }

  public void setPlaatsing(String plaatsing) {
    this.plaatsing = plaatsing;
  }

  public String getVacatureOpnieuw() {
    return vacatureOpnieuw;
  }

  public void setVacatureOpnieuw(String vacatureOpnieuw) {
    this.vacatureOpnieuw = vacatureOpnieuw;
  }
}
