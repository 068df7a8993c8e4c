package nl.werkcentrum.workers.e2e.benchmark;

import nl.werkcentrum.workers.e2e.load.CpuMeter;
import nl.werkcentrum.workers.e2e.load.Latencies;

import java.util.Map;

/** What one load run measured. */
record Figures(String run, int trajecten, long finished, double seconds, long externalTasks,
               Map<String, Latencies> lockLatencyByTopic, Latencies userTaskCompletion, long commits, long peakHeapMb,
               long incidents, int errors, CpuMeter.CpuUse cpu) {

  double trajectoriesPerSecond() {
    return finished / seconds;
  }

  double externalTasksPerSecond() {
    return externalTasks / seconds;
  }

  double commitsPerSecond() {
    return commits / seconds;
  }

  Latencies lockLatency() {
    return lockLatencyByTopic.values().stream().reduce(new Latencies(), Latencies::plus);
  }

  String report() {
    StringBuilder perTopic = new StringBuilder();
    lockLatencyByTopic.forEach((topic, latencies) ->
        perTopic.append(String.format("    %-35s%s%n", topic, latencies.summary())));
    return String.format("""
        %s, N=%d
          finished                   %d of %d in %.1f s%s
          trajectories/s             %.1f
          external tasks/s           %.1f (%d)
          lock latency               %s
        %s  user-task completion       %s
          engine DB commits/s        %.0f
          CPU per trajectory         %s
          peak heap (app JVM)        %d MB
          incidents / errors         %d / %d
        """, run, trajecten, finished, trajecten, seconds, finished < trajecten ? "  (INCOMPLETE)" : "",
        trajectoriesPerSecond(), externalTasksPerSecond(), externalTasks, lockLatency().summary(), perTopic,
        userTaskCompletion.summary(), commitsPerSecond(), cpu.perTrajectory(finished), peakHeapMb, incidents, errors);
  }
}
