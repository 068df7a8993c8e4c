package nl.werkcentrum.app.traject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkcentrum.app.opslag.ToegewezenId;

import java.time.OffsetDateTime;
import java.util.UUID;

/** When a trajectory entered a phase: the lead time of a phase is the gap to the next one. */
@Entity
@Table(name = "wc_traject_fase")
public class TrajectFase extends ToegewezenId {

  @Id
  private UUID id;

  @Column(name = "traject_id", nullable = false)
  private UUID trajectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Fase fase;

  @Column(name = "begonnen_op", nullable = false)
  private OffsetDateTime begonnenOp;

  protected TrajectFase() {
  }

  public TrajectFase(UUID trajectId, Fase fase, OffsetDateTime begonnenOp) {
    this.id = UUID.randomUUID();
    this.trajectId = trajectId;
    this.fase = fase;
    this.begonnenOp = begonnenOp;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
