package nl.werkcentrum.app.verloop;

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

/** An enrolment at the ROC and how it ended. */
@Entity
@Table(name = "wc_scholing")
public class Scholing extends ToegewezenId {

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
  private LocalDate verwachteEinddatum;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ScholingUitkomst uitkomst;

  private String toelichting;

  @Column(name = "afgesloten_op")
  private OffsetDateTime afgeslotenOp;

  protected Scholing() {
  }

  Scholing(UUID trajectId, String opleiding, String inschrijvingskenmerk, LocalDate verwachteEinddatum,
      ScholingUitkomst uitkomst, OffsetDateTime ingeschrevenOp) {
    this.id = UUID.randomUUID();
    this.trajectId = trajectId;
    this.opleiding = opleiding;
    this.inschrijvingskenmerk = inschrijvingskenmerk;
    this.verwachteEinddatum = verwachteEinddatum;
    this.uitkomst = uitkomst;
    this.ingeschrevenOp = ingeschrevenOp;
    if (uitkomst != ScholingUitkomst.LOPEND) {
      this.afgeslotenOp = ingeschrevenOp;
    }
  }

  void afsluiten(ScholingUitkomst uitkomst, String toelichting, OffsetDateTime op) {
    this.uitkomst = uitkomst;
    this.toelichting = toelichting;
    this.afgeslotenOp = op;
  }

  public String getOpleiding() {
    return opleiding;
  }

  public ScholingUitkomst getUitkomst() {
    return uitkomst;
  }

  public String getToelichting() {
    return toelichting;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
