package nl.werkcentrum.app.notitie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkcentrum.app.opslag.ToegewezenId;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What a caseworker wrote on a task about the person: kept with the trajectory, not in the engine. */
@Entity
@Table(name = "wc_notitie")
public class Notitie extends ToegewezenId {

  @Id
  private UUID id;

  @Column(name = "traject_id", nullable = false)
  private UUID trajectId;

  @Column(nullable = false)
  private String taak;

  @Column(nullable = false)
  private String tekst;

  @Column(nullable = false)
  private String door;

  @Column(name = "vastgelegd_op", nullable = false)
  private OffsetDateTime vastgelegdOp;

  protected Notitie() {
  }

  public Notitie(UUID trajectId, String taak, String tekst, String door, OffsetDateTime vastgelegdOp) {
    this.id = UUID.randomUUID();
    this.trajectId = trajectId;
    this.taak = taak;
    this.tekst = tekst;
    this.door = door;
    this.vastgelegdOp = vastgelegdOp;
  }

  public String getTaak() {
    return taak;
  }

  public String getTekst() {
    return tekst;
  }

  public String getDoor() {
    return door;
  }

  public OffsetDateTime getVastgelegdOp() {
    return vastgelegdOp;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
