package nl.werkcentrum.app.werkgever;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkcentrum.app.opslag.ToegewezenId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A trajectory proposed for a vacancy, and what the person and then the employer answered. */
@Entity
@Table(name = "wc_voordracht")
public class Voordracht extends ToegewezenId {

  @Id
  private UUID id;

  @Column(name = "vacature_id", nullable = false)
  private UUID vacatureId;

  @Column(name = "traject_id", nullable = false)
  private UUID trajectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VoordrachtStatus status;

  @Column(name = "voorgedragen_door")
  private String voorgedragenDoor;

  @Column(name = "voorgedragen_op", nullable = false)
  private OffsetDateTime voorgedragenOp;

  @Column(name = "beantwoord_op")
  private OffsetDateTime beantwoordOp;

  private LocalDate startdatum;

  protected Voordracht() {
  }

  Voordracht(UUID vacatureId, UUID trajectId, String door, OffsetDateTime op) {
    this.id = UUID.randomUUID();
    this.vacatureId = vacatureId;
    this.trajectId = trajectId;
    this.voorgedragenDoor = door;
    this.voorgedragenOp = op;
    this.status = VoordrachtStatus.VOORGEDRAGEN;
  }

  void beantwoord(VoordrachtStatus nieuw, LocalDate start, OffsetDateTime op) {
    this.status = nieuw;
    this.startdatum = start;
    this.beantwoordOp = op;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID getVacatureId() {
    return vacatureId;
  }

  public UUID getTrajectId() {
    return trajectId;
  }

  public VoordrachtStatus getStatus() {
    return status;
  }
}
