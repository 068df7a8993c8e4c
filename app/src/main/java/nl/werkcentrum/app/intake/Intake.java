package nl.werkcentrum.app.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The answers of a trajectory's intake, kept here rather than only in the engine, whose history
 * of them is cleaned up after its time to live.
 */
@Entity
@Table(name = "wc_intake")
public class Intake {

  @Id
  @Column(name = "traject_id")
  private UUID trajectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Werksituatie werksituatie;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Doelgroep doelgroep;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Sector sector;

  private String verslag;

  @Column(name = "vastgelegd_door", nullable = false)
  private String vastgelegdDoor;

  @Column(name = "vastgelegd_op", nullable = false)
  private OffsetDateTime vastgelegdOp;

  protected Intake() {
  }

  Intake(UUID trajectId) {
    this.trajectId = trajectId;
  }

  void vastleggen(Intakegegevens gegevens, String door, OffsetDateTime op) {
    this.werksituatie = gegevens.werksituatie();
    this.doelgroep = gegevens.doelgroep();
    this.sector = gegevens.sector();
    this.verslag = gegevens.verslag();
    this.vastgelegdDoor = door;
    this.vastgelegdOp = op;
  }

  public UUID getTrajectId() {
    return trajectId;
  }

  public Werksituatie getWerksituatie() {
    return werksituatie;
  }

  public Doelgroep getDoelgroep() {
    return doelgroep;
  }

  public Sector getSector() {
    return sector;
  }

  public String getVerslag() {
    return verslag;
  }

  public String getVastgelegdDoor() {
    return vastgelegdDoor;
  }

  public OffsetDateTime getVastgelegdOp() {
    return vastgelegdOp;
  }
}
