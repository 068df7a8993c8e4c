package nl.werkcentrum.app.verloop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkcentrum.app.opslag.ToegewezenId;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A referral of the trajectory to a partner, with the partner's own reference. */
@Entity
@Table(name = "wc_verwijzing")
public class Verwijzing extends ToegewezenId {

  @Id
  private UUID id;

  @Column(name = "traject_id", nullable = false)
  private UUID trajectId;

  @Column(nullable = false)
  private String partner;

  private String kenmerk;

  @Column(name = "verwezen_op", nullable = false)
  private OffsetDateTime verwezenOp;

  protected Verwijzing() {
  }

  Verwijzing(UUID trajectId, String partner, String kenmerk, OffsetDateTime verwezenOp) {
    this.id = UUID.randomUUID();
    this.trajectId = trajectId;
    this.partner = partner;
    this.kenmerk = kenmerk;
    this.verwezenOp = verwezenOp;
  }

  public String getPartner() {
    return partner;
  }

  public String getKenmerk() {
    return kenmerk;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
