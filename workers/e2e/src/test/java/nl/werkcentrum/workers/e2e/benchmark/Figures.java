package nl.werkcentrum.workers.e2e.benchmark;

import nl.werkcentrum.workers.e2e.load.Latencies;

/** What one load run measured. */
record Figures(String run, int trajecten, long finished, double seconds, long externalTasks, Latencies lockLatency,
               Latencies userTaskCompletion, long commits, long peakHeapMb, long incidents, int errors) {

  double trajectoriesPerSecond() {
    return finished / seconds;
  }

  double externalTasksPerSecond() {
    return externalTasks / seconds;
  }

  double commitsPerSecond() {
    return commits / seconds;
  }

  String report() {
    return String.format("""
        %s, N=%d
          finished                   %d of %d in %.1f s%s
          trajectories/s             %.1f
          external tasks/s           %.1f (%d)
          lock latency               %s
          user-task completion       %s
          engine DB commits/s        %.0f
          peak heap (app JVM)        %d MB
          incidents / errors         %d / %d
        """, run, trajecten, finished, trajecten, seconds, finished < trajecten ? "  (INCOMPLETE)" : "",
        trajectoriesPerSecond(), externalTasksPerSecond(), externalTasks, lockLatency.summary(),
        userTaskCompletion.summary(), commitsPerSecond(), peakHeapMb, incidents, errors);
  }
}
