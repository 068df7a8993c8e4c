package nl.werkcentrum.app.werkplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkcentrum.app.opslag.ToegewezenId;

import java.util.UUID;

/** An activity or service agreed in the werkplan, with the partner that delivers it. */
@Entity
@Table(name = "wc_werkplan_activiteit")
public class WerkplanActiviteit extends ToegewezenId {

  @Id
  private UUID id;

  @Column(nullable = false)
  private int volgnummer;

  @Column(nullable = false)
  private String partner;

  @Column(nullable = false)
  private String omschrijving;

  protected WerkplanActiviteit() {
  }

  WerkplanActiviteit(int volgnummer, String partner, String omschrijving) {
    this.id = UUID.randomUUID();
    this.volgnummer = volgnummer;
    this.partner = partner;
    this.omschrijving = omschrijving;
  }

  public int getVolgnummer() {
    return volgnummer;
  }

  public String getPartner() {
    return partner;
  }

  public String getOmschrijving() {
    return omschrijving;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
