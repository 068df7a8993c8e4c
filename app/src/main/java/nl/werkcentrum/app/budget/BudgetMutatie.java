package nl.werkcentrum.app.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkcentrum.app.opslag.ToegewezenId;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of the append-only ledger: never updated, never deleted. */
@Entity
@Immutable
@Table(name = "wc_budget_mutatie")
public class BudgetMutatie extends ToegewezenId {

  @Id
  private UUID id;

  @Column(name = "pot_id", nullable = false)
  private UUID potId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MutatieSoort soort;

  /** Euros with cents, exact. */
  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal bedrag;

  @Enumerated(EnumType.STRING)
  private Financier financier;

  @Column(name = "traject_id")
  private UUID trajectId;

  @Column(name = "geboekt_op", nullable = false)
  private OffsetDateTime geboektOp;

  @Column(name = "geboekt_door")
  private String geboektDoor;

  private String omschrijving;

  protected BudgetMutatie() {
  }

  BudgetMutatie(UUID potId, MutatieSoort soort, BigDecimal bedrag, Financier financier, UUID trajectId,
      String geboektDoor, String omschrijving, OffsetDateTime geboektOp) {
    this.id = UUID.randomUUID();
    this.potId = potId;
    this.soort = soort;
    this.bedrag = bedrag;
    this.financier = financier;
    this.trajectId = trajectId;
    this.geboektOp = geboektOp;
    this.geboektDoor = geboektDoor;
    this.omschrijving = omschrijving;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public MutatieSoort getSoort() {
    return soort;
  }

  public BigDecimal getBedrag() {
    return bedrag;
  }
}
