package nl.werkcentrum.workers.e2e.load;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The baseline's partners: a bare loop in the engine's JVM that fetches and locks the partner
 * topics through the Java API and completes them with what the demo partner systems would answer.
 * No HTTP, no worker process, no security filter: the ratio to the real workers is what those
 * layers cost.
 */
public final class InProcessPartners implements AutoCloseable {

  private static final List<String> TOPICS = List.of("uwv.uitkering-controleren", "gemeente.uitkering-controleren",
      "uwv.verwijzen", "gemeente.verwijzen", "sociale-partners.verwijzen", "roc.inschrijven",
      "sociale-partners.vacatures-matchen");

  private final ExternalTaskService externalTasks;
  private final RuntimeService runtime;
  private final java.util.function.UnaryOperator<String> bsnVanTraject;
  private final Map<String, Persoon> mensen = new HashMap<>();
  private final ScheduledExecutorService roc = Executors.newSingleThreadScheduledExecutor();
  private final List<Thread> loops = new ArrayList<>();
  private final AtomicInteger errors = new AtomicInteger();
  private volatile boolean running = true;

  /**
   * @param bsnVanTraject the person's BSN by trajectId, as the app hands it to a worker holding the
   *                      task (the BSN is no process variable)
   */
  public InProcessPartners(ExternalTaskService externalTasks, RuntimeService runtime,
      java.util.function.UnaryOperator<String> bsnVanTraject, List<Persoon> load, int threads) {
    this.externalTasks = externalTasks;
    this.runtime = runtime;
    this.bsnVanTraject = bsnVanTraject;
    load.forEach(p -> mensen.put(p.bsn(), p));
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(this::loop, "in-process-partners-" + i);
      t.setDaemon(true);
      loops.add(t);
      t.start();
    }
  }

  private void loop() {
    String worker = Thread.currentThread().getName();
    while (running) {
      // oldest first, as the partner workers ask for it
      var fetch = externalTasks.fetchAndLock().workerId(worker).maxTasks(20).orderByCreateTime().asc().subscribe();
      TOPICS.forEach(topic -> fetch.topic(topic, 60_000).variables(List.of()));
      List<LockedExternalTask> locked = fetch.execute();
      for (LockedExternalTask task : locked) {
        try {
          externalTasks.complete(task.getId(), worker, antwoord(task));
        } catch (RuntimeException e) {
          errors.incrementAndGet();
        }
      }
      if (locked.isEmpty()) {
        Nodes.pause(20);
      }
    }
  }

  private Map<String, Object> antwoord(LockedExternalTask task) {
    String kenmerk = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    return switch (task.getTopicName()) {
      case "uwv.uitkering-controleren" -> {
        Persoon p = persoon(task);
        yield Map.of("uwvUitkering", p == null ? "GEEN" : p.uwvUitkering());
      }
      case "gemeente.uitkering-controleren" -> {
        Persoon p = persoon(task);
        yield Map.of("gemeenteUitkering", p == null ? "GEEN" : p.gemeenteUitkering());
      }
      case "roc.inschrijven" -> {
        String traject = task.getBusinessKey();
        roc.schedule(() -> afronden(traject, 1), 1, TimeUnit.SECONDS);
        yield Map.of("inschrijvingKenmerk", "ROC-" + kenmerk, "verwachteEinddatum", LocalDate.now().plusWeeks(52).toString());
      }
      case "sociale-partners.vacatures-matchen" -> Map.of("vacatureGevonden", true, "vacatureId", "LOAD-" + kenmerk,
          "werkgever", "Werkgever", "functie", "Medewerker");
      default -> Map.of("verwijzingKenmerk", task.getTopicName().split("\\.")[0].toUpperCase() + "-" + kenmerk);
    };
  }

  private Persoon persoon(LockedExternalTask task) {
    return mensen.get(bsnVanTraject.apply(task.getBusinessKey()));
  }

  /** As the demo ROC: ScholingAfgerond a second after enrolment, again later if the trajectory is not waiting yet. */
  private void afronden(String traject, int attempt) {
    try {
      runtime.createMessageCorrelation("ScholingAfgerond").processInstanceBusinessKey(traject)
          .setVariable("diploma", "Verzorgende IG (load)").correlate();
    } catch (MismatchingMessageCorrelationException e) {
      if (attempt < 10) {
        roc.schedule(() -> afronden(traject, attempt + 1), 1, TimeUnit.SECONDS);
      } else {
        errors.incrementAndGet();
      }
    } catch (RuntimeException e) {
      roc.schedule(() -> afronden(traject, attempt + 1), 1, TimeUnit.SECONDS);
    }
  }

  public int errors() {
    return errors.get();
  }

  @Override
  public void close() {
    running = false;
    roc.shutdownNow();
    for (Thread t : loops) {
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
