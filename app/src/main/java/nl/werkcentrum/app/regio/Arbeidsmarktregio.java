package nl.werkcentrum.app.regio;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 35 labour-market regions, each with exactly one Werkcentrum. */
@Entity
@Table(name = "wc_arbeidsmarktregio")
public class Arbeidsmarktregio {

  @Id
  private String code;

  private String naam;

  protected Arbeidsmarktregio() {
  }

  public String getCode() {
    return code;
  }

  public String getNaam() {
    return naam;
  }

  public String getWerkcentrum() {
    return "Werkcentrum " + naam;
  }
}
