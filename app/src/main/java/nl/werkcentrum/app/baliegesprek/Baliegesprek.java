package nl.werkcentrum.app.baliegesprek;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A question at the desk answered without a trajectory. Anonymous on purpose: no BSN and no
 * name, so the advice can be counted and kept without a person to protect; only when the gids
 * turns it into a trajectory is it linked to one.
 */
@Entity
@Table(name = "wc_baliegesprek")
public class Baliegesprek {

  @Id
  private UUID id;

  @Column(nullable = false)
  private String regio;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Vraagsoort vraagsoort;

  private String advies;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Doorverwijzing doorverwijzing;

  @Column(name = "vervolg_gewenst", nullable = false)
  private boolean vervolgGewenst;

  @Column(name = "gevoerd_door", nullable = false)
  private String gevoerdDoor;

  @Column(name = "gevoerd_op", nullable = false)
  private OffsetDateTime gevoerdOp;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "traject_id")
  private UUID trajectId;

  @Column(name = "omgezet_op")
  private OffsetDateTime omgezetOp;

  protected Baliegesprek() {
  }

  Baliegesprek(UUID id, String regio, Balievraag vraag, String door, OffsetDateTime op, String processInstanceId) {
    this.id = id;
    this.regio = regio;
    this.vraagsoort = vraag.vraagsoort();
    this.advies = vraag.advies();
    this.doorverwijzing = vraag.doorverwijzing();
    this.vervolgGewenst = vraag.vervolgGewenst();
    this.gevoerdDoor = door;
    this.gevoerdOp = op;
    this.processInstanceId = processInstanceId;
  }

  void omgezetNaar(UUID trajectId, OffsetDateTime op) {
    this.trajectId = trajectId;
    this.omgezetOp = op;
  }

  public UUID getId() {
    return id;
  }

  public String getRegio() {
    return regio;
  }

  public Vraagsoort getVraagsoort() {
    return vraagsoort;
  }

  public String getAdvies() {
    return advies;
  }

  public Doorverwijzing getDoorverwijzing() {
    return doorverwijzing;
  }

  public boolean isVervolgGewenst() {
    return vervolgGewenst;
  }

  public String getGevoerdDoor() {
    return gevoerdDoor;
  }

  public OffsetDateTime getGevoerdOp() {
    return gevoerdOp;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public UUID getTrajectId() {
    return trajectId;
  }

  public OffsetDateTime getOmgezetOp() {
    return omgezetOp;
  }
}
