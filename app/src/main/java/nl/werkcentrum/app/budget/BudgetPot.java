package nl.werkcentrum.app.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkcentrum.app.opslag.ToegewezenId;

import java.util.UUID;

/**
 * A region's ontschot budget for one year. The row holds no balance: it is the lock that
 * serialises bookings on the pot, on every engine node alike.
 */
@Entity
@Table(name = "wc_budget_pot")
public class BudgetPot extends ToegewezenId {

  @Id
  private UUID id;

  @Column(nullable = false)
  private String regio;

  @Column(nullable = false)
  private int jaar;

  protected BudgetPot() {
  }

  public BudgetPot(String regio, int jaar) {
    this.id = UUID.randomUUID();
    this.regio = regio;
    this.jaar = jaar;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public String getRegio() {
    return regio;
  }
}
