package nl.werkcentrum.app.verloop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkcentrum.app.opslag.ToegewezenId;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A vacancy the sociale partners proposed for the trajectory; the newest one is on the table. */
@Entity
@Table(name = "wc_vacaturevoorstel")
public class Vacaturevoorstel extends ToegewezenId {

  @Id
  private UUID id;

  @Column(name = "traject_id", nullable = false)
  private UUID trajectId;

  @Column(name = "vacature_id")
  private String vacatureId;

  private String werkgever;

  private String functie;

  @Column(name = "voorgesteld_op", nullable = false)
  private OffsetDateTime voorgesteldOp;

  protected Vacaturevoorstel() {
  }

  Vacaturevoorstel(UUID trajectId, String vacatureId, String werkgever, String functie, OffsetDateTime voorgesteldOp) {
    this.id = UUID.randomUUID();
    this.trajectId = trajectId;
    this.vacatureId = vacatureId;
    this.werkgever = werkgever;
    this.functie = functie;
    this.voorgesteldOp = voorgesteldOp;
  }

  public String getWerkgever() {
    return werkgever;
  }

  public String getFunctie() {
    return functie;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
