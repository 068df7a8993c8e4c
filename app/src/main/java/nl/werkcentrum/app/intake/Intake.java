package nl.werkcentrum.app.intake;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
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

  /** Every attention group the gids ticked; {@link Doelgroep#GEEN} alone when none applies. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "wc_intake_doelgroep", joinColumns = @JoinColumn(name = "traject_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "doelgroep", nullable = false)
  private Set<Doelgroep> doelgroepen = new HashSet<>();

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
    this.doelgroepen.clear();
    this.doelgroepen.addAll(gegevens.doelgroepen());
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

  /** In the order of {@link Doelgroep}, whatever order they were ticked in. */
  public Set<Doelgroep> getDoelgroepen() {
    return doelgroepen.isEmpty() ? EnumSet.noneOf(Doelgroep.class) : EnumSet.copyOf(doelgroepen);
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
