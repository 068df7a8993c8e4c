package nl.werkcentrum.app.verloop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkcentrum.app.opslag.ToegewezenId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The confirmed placement: where the person starts, and what the route cost. */
@Entity
@Table(name = "wc_plaatsing")
public class Plaatsing extends ToegewezenId {

  @Id
  private UUID id;

  @Column(name = "traject_id", nullable = false)
  private UUID trajectId;

  @Column(nullable = false)
  private String werkgever;

  private String functie;

  @Column(name = "vacature_id")
  private String vacatureId;

  private String sector;

  private LocalDate startdatum;

  @Column(name = "besteed_bedrag", nullable = false)
  private long besteedBedrag;

  @Column(name = "geplaatst_op", nullable = false)
  private OffsetDateTime geplaatstOp;

  protected Plaatsing() {
  }

  Plaatsing(UUID trajectId, String werkgever, String functie, String vacatureId, String sector,
      LocalDate startdatum, long besteedBedrag, OffsetDateTime geplaatstOp) {
    this.id = UUID.randomUUID();
    this.trajectId = trajectId;
    this.werkgever = werkgever;
    this.functie = functie;
    this.vacatureId = vacatureId;
    this.sector = sector;
    this.startdatum = startdatum;
    this.besteedBedrag = besteedBedrag;
    this.geplaatstOp = geplaatstOp;
  }

  public String getWerkgever() {
    return werkgever;
  }

  public String getSector() {
    return sector;
  }

  public long getBesteedBedrag() {
    return besteedBedrag;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
