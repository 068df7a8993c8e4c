package nl.werkcentrum.app.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing on the machine APIs: after {@code max-mislukt} wrong passwords for one user
 * from one client address within {@code venster}, that client may not try that user again until
 * the window has passed. Keyed on client and user together, so an attacker slows down only
 * itself: the real partner system, from its own address, logs in as before. This replaces
 * Camunda's per-user lockout for partner systems (see CamundaIdentityAuthenticationProvider).
 * Counts live in this node's memory; each node of a cluster counts on its own.
 */
@Component
public class InlogRem {

  /** Beyond this many tracked keys, expired ones are dropped, so a flood cannot fill the heap. */
  static final int MAX_SLEUTELS = 10_000;

  private record Sleutel(String client, String gebruiker) {
  }

  private record Stand(Instant begin, int mislukt) {
  }

  private final Map<Sleutel, Stand> standen = new ConcurrentHashMap<>();
  private final int maxMislukt;
  private final Duration venster;
  private final Clock clock;

  public InlogRem(@Value("${werkcentrum.security.inlog-rem.max-mislukt:5}") int maxMislukt,
      @Value("${werkcentrum.security.inlog-rem.venster:PT5M}") Duration venster, Clock clock) {
    this.maxMislukt = maxMislukt;
    this.venster = venster;
    this.clock = clock;
  }

  /** Refuses the attempt before any password is checked when this client used up its tries. */
  public void controleer(String client, String gebruiker) {
    Stand stand = standen.get(new Sleutel(client, gebruiker));
    Instant nu = clock.instant();
    if (stand != null && stand.mislukt() >= maxMislukt && nu.isBefore(einde(stand))) {
      throw new TeVeelInlogpogingenException(Duration.between(nu, einde(stand)));
    }
  }

  public void mislukt(String client, String gebruiker) {
    Instant nu = clock.instant();
    if (standen.size() >= MAX_SLEUTELS) {
      standen.values().removeIf(stand -> !nu.isBefore(einde(stand)));
    }
    standen.merge(new Sleutel(client, gebruiker), new Stand(nu, 1), (oud, nieuw) ->
        nu.isBefore(einde(oud)) ? new Stand(oud.begin(), oud.mislukt() + 1) : nieuw);
  }

  /** The right password clears what this client got wrong before. */
  public void gelukt(String client, String gebruiker) {
    standen.remove(new Sleutel(client, gebruiker));
  }

  private Instant einde(Stand stand) {
    return stand.begin().plus(venster);
  }
}
