package nl.werkcentrum.app.werknaarwerk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What the van-werk-naar-werk route knows beside its trajectory: the announcement and the outcome. */
@Entity
@Table(name = "wc_werk_naar_werk")
public class WerkNaarWerk {

  @Id
  @Column(name = "traject_id")
  private UUID trajectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Melder melder;

  @Column(name = "kvk_nummer")
  private String kvkNummer;

  @Column(nullable = false)
  private LocalDate ontslagdatum;

  @Column(name = "collectief_id")
  private UUID collectiefId;

  @Enumerated(EnumType.STRING)
  private WerkNaarWerkUitkomst uitkomst;

  @Column(name = "aangemeld_op", nullable = false)
  private OffsetDateTime aangemeldOp;

  @Column(name = "afgerond_op")
  private OffsetDateTime afgerondOp;

  protected WerkNaarWerk() {
  }

  WerkNaarWerk(UUID trajectId, Melding melding, OffsetDateTime op) {
    this.trajectId = trajectId;
    this.melder = melding.melder();
    this.kvkNummer = melding.kvkNummer();
    this.ontslagdatum = melding.ontslagdatum();
    this.collectiefId = melding.collectiefId();
    this.aangemeldOp = op;
  }

  void afronden(WerkNaarWerkUitkomst uitkomst, OffsetDateTime op) {
    if (this.uitkomst == null) {
      this.uitkomst = uitkomst;
      this.afgerondOp = op;
    }
  }

  public UUID getTrajectId() {
    return trajectId;
  }

  public Melder getMelder() {
    return melder;
  }

  public String getKvkNummer() {
    return kvkNummer;
  }

  public LocalDate getOntslagdatum() {
    return ontslagdatum;
  }

  public UUID getCollectiefId() {
    return collectiefId;
  }

  public WerkNaarWerkUitkomst getUitkomst() {
    return uitkomst;
  }

  public OffsetDateTime getAfgerondOp() {
    return afgerondOp;
  }
}
