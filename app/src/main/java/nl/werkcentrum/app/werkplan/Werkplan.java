package nl.werkcentrum.app.werkplan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import nl.werkcentrum.app.opslag.ToegewezenId;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One version of the one central werkplan of a trajectory. A change is a new version, so who
 * agreed what, and when, stays visible.
 */
@Entity
@Table(name = "wc_werkplan")
public class Werkplan extends ToegewezenId {

  @Id
  private UUID id;

  @Column(name = "traject_id", nullable = false)
  private UUID trajectId;

  @Column(nullable = false)
  private int versie;

  @Column(name = "scholing_nodig", nullable = false)
  private boolean scholingNodig;

  private String opleiding;

  @Column(name = "budget_bedrag", nullable = false)
  private long budgetBedrag;

  @Column(name = "vastgelegd_door")
  private String vastgelegdDoor;

  @Column(name = "vastgelegd_op", nullable = false)
  private OffsetDateTime vastgelegdOp;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "werkplan_id", nullable = false)
  @OrderBy("volgnummer")
  private List<WerkplanActiviteit> activiteiten = new ArrayList<>();

  protected Werkplan() {
  }

  Werkplan(UUID trajectId, int versie, boolean scholingNodig, String opleiding, long budgetBedrag,
      String vastgelegdDoor, OffsetDateTime vastgelegdOp) {
    this.id = UUID.randomUUID();
    this.trajectId = trajectId;
    this.versie = versie;
    this.scholingNodig = scholingNodig;
    this.opleiding = opleiding;
    this.budgetBedrag = budgetBedrag;
    this.vastgelegdDoor = vastgelegdDoor;
    this.vastgelegdOp = vastgelegdOp;
  }

  void voegToe(String partner, String omschrijving) {
    activiteiten.add(new WerkplanActiviteit(activiteiten.size() + 1, partner, omschrijving));
  }

  public int getVersie() {
    return versie;
  }

  public boolean isScholingNodig() {
    return scholingNodig;
  }

  public String getOpleiding() {
    return opleiding;
  }

  public long getBudgetBedrag() {
    return budgetBedrag;
  }

  public String getVastgelegdDoor() {
    return vastgelegdDoor;
  }

  public OffsetDateTime getVastgelegdOp() {
    return vastgelegdOp;
  }

  public List<WerkplanActiviteit> getActiviteiten() {
    return List.copyOf(activiteiten);
  }

  /** The activities as the consulent wrote them, one per line; the scholing is the course field's. */
  public String activiteitenAlsTekst() {
    return activiteiten.stream().filter(a -> !WerkplanService.SCHOLINGSPARTNER.equals(a.getPartner()))
        .map(WerkplanActiviteit::getOmschrijving).collect(Collectors.joining("\n"));
  }

  @Override
  public UUID getId() {
    return id;
  }
}
