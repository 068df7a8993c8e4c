package nl.werkcentrum.workers.vacature;

import nl.werkcentrum.workers.PartnerSettings;
import nl.werkcentrum.workers.common.DemoData;
import nl.werkcentrum.workers.common.DemoRegister;
import org.springframework.core.io.Resource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Vacancies in shortage sectors per region from a data file (columns
 * {@code vacatureId,regio,sector,werkgever,functie,plaatsen}); reservations in a {@link DemoRegister}
 * keyed on the trajectId, so a place is booked once per trajectory and never beyond {@code plaatsen}.
 */
public class DemoVacatureSysteem implements VacatureSysteem {

  private final List<Map<String, String>> vacatures;
  private final DemoRegister reserveringen;
  private final PartnerSettings settings;

  public DemoVacatureSysteem(Resource vacaturesCsv, DemoRegister reserveringen, PartnerSettings settings) {
    this.vacatures = DemoData.read(vacaturesCsv);
    this.reserveringen = reserveringen;
    this.settings = settings;
  }

  @Override
  public Optional<Vacature> matchen(String trajectId, String regio, String sector) {
    Optional<Properties> record;
    synchronized (reserveringen) {
      record = reserveringen.find(trajectId).or(() -> vacatures.stream()
          .filter(v -> v.get("regio").equals(regio) && v.get("sector").equals(sector))
          .filter(v -> geboektePlaatsen(v.get("vacatureId")) < Integer.parseInt(v.get("plaatsen")))
          .findFirst()
          .map(v -> reserveringen.findOrCreate(trajectId, () -> reservering(v))));
    }
    settings.simuleerVerwerkingstijd();
    return record.map(r -> new Vacature(r.getProperty("vacatureId"), r.getProperty("werkgever"), r.getProperty("functie")));
  }

  /** Places booked on a vacancy, over all trajectories. */
  public long geboektePlaatsen(String vacatureId) {
    return reserveringen.all().stream().filter(r -> vacatureId.equals(r.getProperty("vacatureId"))).count();
  }

  private static Properties reservering(Map<String, String> vacature) {
    Properties r = new Properties();
    r.setProperty("vacatureId", vacature.get("vacatureId"));
    r.setProperty("werkgever", vacature.get("werkgever"));
    r.setProperty("functie", vacature.get("functie"));
    return r;
  }
}
