package nl.werkcentrum.workers.roc;

import nl.werkcentrum.workers.PartnerSettings;
import nl.werkcentrum.workers.common.DemoData;
import nl.werkcentrum.workers.common.DemoRegister;
import org.springframework.core.io.Resource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Courses with a capacity from a data file (columns {@code code,naam,regio,capaciteit,duurWeken});
 * enrolments in a {@link DemoRegister} keyed on the trajectId, so a seat is taken once per trajectory.
 */
public class DemoRocSysteem implements RocSysteem {

  private final Map<String, Map<String, String>> opleidingen;
  private final DemoRegister inschrijvingen;
  private final PartnerSettings settings;
  private final Clock clock;
  private ScholingAfrondingDemo afronding;
  private final Map<String, String> teAfronden = new java.util.concurrent.ConcurrentHashMap<>();

  public DemoRocSysteem(Resource opleidingenCsv, DemoRegister inschrijvingen, PartnerSettings settings, Clock clock) {
    this.opleidingen = DemoData.read(opleidingenCsv).stream()
        .collect(Collectors.toUnmodifiableMap(r -> r.get("code"), Function.identity()));
    this.inschrijvingen = inschrijvingen;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public Inschrijving inschrijven(String trajectId, Aanvraag aanvraag) {
    Map<String, String> opleiding = opleidingen.get(aanvraag.opleiding());
    if (opleiding == null) {
      throw new OpleidingOnbekend(aanvraag.opleiding());
    }
    Properties record;
    synchronized (inschrijvingen) {
      record = inschrijvingen.find(trajectId).orElse(null);
      if (record == null) {
        if (bezettePlaatsen(aanvraag.opleiding()) >= Integer.parseInt(opleiding.get("capaciteit"))) {
          throw new OpleidingVol(aanvraag.opleiding());
        }
        record = inschrijvingen.findOrCreate(trajectId, () -> nieuweInschrijving(aanvraag, opleiding));
        if (afronding != null) {
          // reported only once the engine has the enrolment: before that the trajectory does not
          // wait for the message, and the engine would refuse it
          teAfronden.put(trajectId, opleiding.get("naam"));
        }
      }
    }
    settings.simuleerVerwerkingstijd();
    return new Inschrijving(record.getProperty("kenmerk"), LocalDate.parse(record.getProperty("verwachteEinddatum")));
  }

  @Override
  public void inschrijvingDoorgegeven(String trajectId) {
    String diploma = teAfronden.remove(trajectId);
    if (diploma != null) {
      afronding.plan(trajectId, diploma);
    }
  }

  /** Lets this demo ROC also report the end of each new enrolment's course to the engine. */
  public DemoRocSysteem metAfronding(ScholingAfrondingDemo afronding) {
    this.afronding = afronding;
    return this;
  }

  /** Seats taken in a course, over all trajectories. */
  public long bezettePlaatsen(String opleiding) {
    return inschrijvingen.all().stream().filter(r -> opleiding.equals(r.getProperty("opleiding"))).count();
  }

  private Properties nieuweInschrijving(Aanvraag aanvraag, Map<String, String> opleiding) {
    Properties r = new Properties();
    r.setProperty("kenmerk", "ROC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    r.setProperty("opleiding", aanvraag.opleiding());
    r.setProperty("regio", String.valueOf(aanvraag.regio()));
    r.setProperty("verwachteEinddatum",
        LocalDate.now(clock).plusWeeks(Long.parseLong(opleiding.get("duurWeken"))).toString());
    return r;
  }
}
