package nl.werkcentrum.workers.e2e.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Gidsen, consulenten and budget holders at work: a few threads, each watching some task kinds in
 * the inbox and submitting each open task's form as soon as it appears. How long a submit takes is
 * the user-task completion latency.
 */
public final class Caseworkers implements AutoCloseable {

  /** Task kinds per desk, so no two threads take the same task. */
  private static final List<List<String>> DESKS = List.of(
      List.of("Intake", "IntakeEscaleren", "HerhaaldeAanmeldingBekijken"),
      List.of("WerkplanOpstellen", "ScholingOpvolgen"),
      List.of("BudgetBeoordelen", "BudgetTweedeBeoordeling"),
      List.of("PlaatsingBevestigen"));

  private final Takenbak inbox;
  private final Latencies completion = new Latencies();
  private final AtomicInteger errors = new AtomicInteger();
  private final AtomicReference<String> firstError = new AtomicReference<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running = true;

  public Caseworkers(Takenbak inbox) {
    this.inbox = inbox;
    for (List<String> desk : DESKS) {
      Thread t = new Thread(() -> work(desk), "caseworker-" + desk.get(0));
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
  }

  private void work(List<String> desk) {
    while (running) {
      boolean found = false;
      for (String key : desk) {
        try {
          for (Takenbak.Taak taak : inbox.open(key, 50)) {
            found = true;
            long start = System.nanoTime();
            inbox.voltooi(taak, Keuzes.formulier(key, taak.processInstanceId()));
            completion.addNanos(System.nanoTime() - start);
            if (!running) {
              return;
            }
          }
        } catch (RuntimeException e) {
          errors.incrementAndGet();
          firstError.compareAndSet(null, key + ": " + e.getMessage());
        }
      }
      if (!found) {
        // an empty inbox is looked at again a few times a second, as Tasklist refreshes: asking
        // faster only loads the engine with the driver's own queries (docs/performance.md)
        pause(250);
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public Latencies completionLatency() {
    return completion;
  }

  public int errors() {
    return errors.get();
  }

  public String firstError() {
    return firstError.get();
  }

  @Override
  public void close() {
    running = false;
    for (Thread t : threads) {
      try {
        t.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
