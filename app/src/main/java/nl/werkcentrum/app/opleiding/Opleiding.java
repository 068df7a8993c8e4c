package nl.werkcentrum.app.opleiding;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A course of the ROC's catalogue; without a region it is offered nationally. */
@Entity
@Table(name = "wc_opleiding")
public class Opleiding {

  @Id
  private String code;

  private String naam;

  private String regio;

  protected Opleiding() {
  }

  public String getCode() {
    return code;
  }

  public String getNaam() {
    return naam;
  }

  public String getRegio() {
    return regio;
  }
}
