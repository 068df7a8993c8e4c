package nl.werkcentrum.app.persoon;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkcentrum.app.opslag.ToegewezenId;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person on their way to work. Only the encrypted BSN and its keyed hash are stored. */
@Entity
@Table(name = "wc_werkzoekende")
public class Werkzoekende extends ToegewezenId {

  @Id
  private UUID id;

  @Column(name = "bsn_hash", nullable = false, unique = true)
  private String bsnHash;

  @Column(name = "bsn_versleuteld", nullable = false)
  private String bsnVersleuteld;

  @Column(name = "aangemaakt_op", nullable = false)
  private OffsetDateTime aangemaaktOp;

  protected Werkzoekende() {
  }

  public Werkzoekende(String bsnHash, String bsnVersleuteld, OffsetDateTime aangemaaktOp) {
    this.id = UUID.randomUUID();
    this.bsnHash = bsnHash;
    this.bsnVersleuteld = bsnVersleuteld;
    this.aangemaaktOp = aangemaaktOp;
  }

  @Override
  public UUID getId() {
    return id;
  }

  /** Read only to pass the BSN on to a partner for a task it holds (BsnVanTraject). */
  public String getBsnVersleuteld() {
    return bsnVersleuteld;
  }
}
