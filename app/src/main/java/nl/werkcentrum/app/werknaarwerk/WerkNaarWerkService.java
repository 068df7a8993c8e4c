package nl.werkcentrum.app.werknaarwerk;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Keeps the announcement and the outcome of a van-werk-naar-werk route, in the caller's transaction. */
@Service
@Transactional
public class WerkNaarWerkService {

  private final WerkNaarWerkRepository routes;
  private final Clock clock;

  public WerkNaarWerkService(WerkNaarWerkRepository routes, Clock clock) {
    this.routes = routes;
    this.clock = clock;
  }

  public void vastleggen(UUID trajectId, Melding melding) {
    routes.save(new WerkNaarWerk(trajectId, melding, OffsetDateTime.now(clock)));
  }

  /** The first outcome counts: a route ends once. */
  public void afronden(UUID trajectId, WerkNaarWerkUitkomst uitkomst) {
    routes.findById(trajectId).ifPresent(route -> route.afronden(uitkomst, OffsetDateTime.now(clock)));
  }
}
