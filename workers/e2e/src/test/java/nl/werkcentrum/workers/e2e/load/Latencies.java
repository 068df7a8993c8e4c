package nl.werkcentrum.workers.e2e.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations in milliseconds, collected from many threads, summarised as percentiles. */
public final class Latencies {

  private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

  public void add(double ms) {
    millis.add(ms);
  }

  public void addNanos(long nanos) {
    add(nanos / 1_000_000.0);
  }

  /** A new collection with the durations of both. */
  public Latencies plus(Latencies other) {
    Latencies both = new Latencies();
    synchronized (millis) {
      both.millis.addAll(millis);
    }
    synchronized (other.millis) {
      both.millis.addAll(other.millis);
    }
    return both;
  }

  public int count() {
    return millis.size();
  }

  /** The {@code p}-th percentile (nearest rank), 0 when empty. */
  public double percentile(double p) {
    List<Double> sorted;
    synchronized (millis) {
      sorted = new ArrayList<>(millis);
    }
    if (sorted.isEmpty()) {
      return 0;
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  public String summary() {
    return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (n=%d)", percentile(50), percentile(95),
        percentile(99), count());
  }
}
