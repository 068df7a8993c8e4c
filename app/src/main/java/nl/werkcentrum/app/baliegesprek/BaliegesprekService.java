package nl.werkcentrum.app.baliegesprek;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Keeps the desk's questions; the process step that records one calls it in its own transaction. */
@Service
@Transactional
public class BaliegesprekService {

  private final BaliegesprekRepository gesprekken;
  private final Clock clock;

  public BaliegesprekService(BaliegesprekRepository gesprekken, Clock clock) {
    this.gesprekken = gesprekken;
    this.clock = clock;
  }

  public Baliegesprek vastleggen(String regio, Balievraag vraag, String door, String processInstanceId) {
    return gesprekken.save(new Baliegesprek(UUID.randomUUID(), regio, vraag, door, OffsetDateTime.now(clock),
        processInstanceId));
  }

  /** Links the question to the trajectory it became, so the report can count conversions. */
  public void omgezetNaar(UUID gesprekId, UUID trajectId) {
    Baliegesprek gesprek = gesprekken.findById(gesprekId)
        .orElseThrow(() -> new IllegalStateException("Onbekend baliegesprek " + gesprekId));
    gesprek.omgezetNaar(trajectId, OffsetDateTime.now(clock));
  }
}
