package nl.werkcentrum.workers.loopbaan;

import nl.werkcentrum.workers.common.DemoData;
import org.springframework.core.io.Resource;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The demo's loopbaanadviseur: with at least {@code dagenVoorScholing} days left until the
 * ontslagdatum there is time to retrain, towards the region's shortage sector from a data file
 * (columns {@code regio,sector}); with less, bemiddeling to other work. A rule, not a register: the
 * same question gets the same advice.
 */
public class DemoLoopbaanadviesSysteem implements LoopbaanadviesSysteem {

  static final long DAGEN_VOOR_SCHOLING = 60;
  static final String STANDAARD_SECTOR = "ZORG";

  private final List<Map<String, String>> tekortsectoren;
  private final Clock clock;

  public DemoLoopbaanadviesSysteem(Resource tekortsectorenCsv, Clock clock) {
    this.tekortsectoren = DemoData.read(tekortsectorenCsv);
    this.clock = clock;
  }

  @Override
  public Advies adviseren(String trajectId, String bsn, String regio, LocalDate ontslagdatum) {
    if (ChronoUnit.DAYS.between(LocalDate.now(clock), ontslagdatum) < DAGEN_VOOR_SCHOLING) {
      return new Advies("BEMIDDELING", null);
    }
    String sector = tekortsectoren.stream().filter(r -> r.get("regio").equals(regio)).map(r -> r.get("sector"))
        .findFirst().orElse(STANDAARD_SECTOR);
    return new Advies("SCHOLING", sector);
  }
}
