package nl.werkcentrum.app.werknaarwerk;

import java.util.List;

/** A collective announcement with bad rows: refused whole, naming each row (1-based) and why, never its BSN. */
public class OngeldigeRijenException extends RuntimeException {

  public record Rij(int rij, String reden) {
  }

  private final List<Rij> rijen;

  public OngeldigeRijenException(List<Rij> rijen) {
    super(rijen.size() == 1 ? "1 rij is ongeldig; er is niemand aangemeld"
        : rijen.size() + " rijen zijn ongeldig; er is niemand aangemeld");
    this.rijen = List.copyOf(rijen);
  }

  public List<Rij> getRijen() {
    return rijen;
  }
}
