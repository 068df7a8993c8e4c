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

/** One sign-up through one door; a repeated one is recorded against the running trajectory. */
@Entity
@Table(name = "wc_aanmelding")
public class Aanmelding extends ToegewezenId {

  @Id
  private UUID id;

  @Column(name = "traject_id", nullable = false)
  private UUID trajectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kanaal kanaal;

  @Column(name = "ontvangen_op", nullable = false)
  private OffsetDateTime ontvangenOp;

  @Column(nullable = false)
  private boolean herhaald;

  protected Aanmelding() {
  }

  public Aanmelding(UUID trajectId, Kanaal kanaal, boolean herhaald, OffsetDateTime ontvangenOp) {
    this.id = UUID.randomUUID();
    this.trajectId = trajectId;
    this.kanaal = kanaal;
    this.herhaald = herhaald;
    this.ontvangenOp = ontvangenOp;
  }

  public Kanaal getKanaal() {
    return kanaal;
  }

  public OffsetDateTime getOntvangenOp() {
    return ontvangenOp;
  }

  public boolean isHerhaald() {
    return herhaald;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
