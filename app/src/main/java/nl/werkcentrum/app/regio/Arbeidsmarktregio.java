package nl.werkcentrum.app.regio;

import jakarta.persistence.Column;
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

  /** CBS's code for the same region (AMnn), for figures that are compared with CBS's. */
  @Column(name = "cbs_code")
  private String cbsCode;

  protected Arbeidsmarktregio() {
  }

  public String getCode() {
    return code;
  }

  public String getNaam() {
    return naam;
  }

  public String getCbsCode() {
    return cbsCode;
  }

  public String getWerkcentrum() {
    return "Werkcentrum " + naam;
  }
}
