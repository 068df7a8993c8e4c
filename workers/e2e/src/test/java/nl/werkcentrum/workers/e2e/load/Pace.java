package nl.werkcentrum.workers.e2e.load;

/**
 * Arrivals at a steady rate, as people walk in over a day rather than all at once: below the
 * system's capacity the latencies show the mechanism (polling, acquisition), not a queue.
 */
public final class Pace {

  private final double perSecond;
  private final long start = System.nanoTime();
  private long count;

  /** @param perSecond arrivals per second; 0 or less lets every arrival through at once */
  public Pace(double perSecond) {
    this.perSecond = perSecond;
  }

  /** Waits until the next arrival is due. */
  public void next() {
    if (perSecond <= 0) {
      return;
    }
    long due = start + (long) (count++ * 1e9 / perSecond);
    long wait = due - System.nanoTime();
    if (wait > 0) {
      Nodes.pause(wait / 1_000_000);
    }
  }
}
