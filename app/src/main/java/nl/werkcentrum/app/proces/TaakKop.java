package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.maatwerk.RegioTermijnen;
import nl.werkcentrum.app.regio.Arbeidsmarktregio;
import nl.werkcentrum.app.regio.ArbeidsmarktregioRepository;
import nl.werkcentrum.app.traject.Fase;
import nl.werkcentrum.app.traject.Traject;
import nl.werkcentrum.app.traject.TrajectService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import java.util.Date;
import java.util.UUID;

/**
 * Says whose case a task is, so that a list of ten "Intake" tasks can be told apart: the task's
 * name gets the short trajectory number and region, its form a header (task-local
 * {@code trajectKop}: number, region, door), and the tasks with a term get it as due date.
 * Only our own identifiers are shown, never the BSN or a name.
 */
@Component("taakKop")
public class TaakKop implements TaskListener {

  static final String KOP = "trajectKop";

  private final TrajectService trajecten;
  private final ArbeidsmarktregioRepository regios;
  private final Termijnen termijnen;
  private final RegioTermijnen regioTermijnen;
  private final DatatypeFactory duurFabriek;

  public TaakKop(TrajectService trajecten, ArbeidsmarktregioRepository regios, Termijnen termijnen,
      RegioTermijnen regioTermijnen) throws DatatypeConfigurationException {
    this.trajecten = trajecten;
    this.regios = regios;
    this.termijnen = termijnen;
    this.regioTermijnen = regioTermijnen;
    this.duurFabriek = DatatypeFactory.newInstance();
  }

  @Override
  public void notify(DelegateTask task) {
    Traject traject = trajecten.vind(trajectVan(task));
    String regio = regios.findById(traject.getRegio()).map(Arbeidsmarktregio::getNaam).orElse(traject.getRegio());
    task.setVariableLocal(KOP, traject.getNummer() + " · " + regio + " (" + traject.getRegio() + ") · via "
        + traject.getKanaal().omschrijving());
    task.setName(task.getName() + " · " + traject.getNummer() + " · " + traject.getRegio());
    Date vervaldatum = vervaldatum(task, traject);
    if (vervaldatum != null) {
      task.setDueDate(vervaldatum);
    }
  }

  /** The trajectory the task is about: the running one when a sign-up was passed on to it. */
  private static UUID trajectVan(DelegateTask task) {
    Object lopend = task.getVariable("lopendTrajectId");
    String id = lopend != null ? lopend.toString() : task.getExecution().getProcessBusinessKey();
    return UUID.fromString(id);
  }

  /** The terms of the model (the region's own where it has them), so the caseworker sees in the list what the timers will enforce. */
  private Date vervaldatum(DelegateTask task, Traject traject) {
    return switch (task.getTaskDefinitionKey()) {
      case "Intake" -> na(task.getCreateTime(), regioTermijnen.van(task.getExecution(), "intake"));
      case "ScholingOpvolgen" -> na(task.getCreateTime(), termijnen.getOpvolgtaak());
      case "PlaatsingBevestigen" -> traject.getFase() == Fase.PLAATSING
          ? na(Date.from(traject.getFaseSinds().toInstant()), regioTermijnen.van(task.getExecution(), "plaatsing"))
          : null;
      default -> null;
    };
  }

  private Date na(Date vanaf, String isoDuur) {
    Date datum = (Date) vanaf.clone();
    duurFabriek.newDuration(isoDuur).addTo(datum);
    return datum;
  }
}
