package nl.werkcentrum.app.verloop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An enrolment at the ROC and how it ended: LOPEND, AFGEROND, AFGEBROKEN or VOL. */
@Entity
@Table(name = "wc_scholing")
public class Scholing {

  @Id
  private UUID id;

  @Column(name = "traject_id", nullable = false)
  private UUID trajectId;

  @Column(nullable = false)
  private String opleiding;

  private String inschrijvingskenmerk;

  @Column(name = "ingeschreven_op", nullable = false)
  private OffsetDateTime ingeschrevenOp;

  @Column(name = "verwachte_einddatum")
  private String verwachteEinddatum;

  @Column(nullable = false)
  private String uitkomst;

  private String toelichting;

  @Column(name = "afgesloten_op")
  private OffsetDateTime afgeslotenOp;

  protected Scholing() {
  }

  Scholing(UUID trajectId, String opleiding, String inschrijvingskenmerk, String verwachteEinddatum,
      String uitkomst) {
    this.id = UUID.randomUUID();
    this.trajectId = trajectId;
    this.opleiding = opleiding;
    this.inschrijvingskenmerk = inschrijvingskenmerk;
    this.verwachteEinddatum = verwachteEinddatum;
    this.uitkomst = uitkomst;
    this.ingeschrevenOp = OffsetDateTime.now();
    if (!"LOPEND".equals(uitkomst)) {
      this.afgeslotenOp = ingeschrevenOp;
    }
  }

  void afsluiten(String uitkomst, String toelichting) {
    this.uitkomst = uitkomst;
    this.toelichting = toelichting;
    this.afgeslotenOp = OffsetDateTime.now();
  }

  public String getOpleiding() {
    return opleiding;
  }

  public String getUitkomst() {
    return uitkomst;
  }

  public String getToelichting() {
    return toelichting;
  }
}
