package nl.werkcentrum.workers.e2e.load;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Samples a JVM's used heap once a second and keeps the highest value. */
public final class HeapSampler implements AutoCloseable {

  private final AtomicLong peak = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  private HeapSampler(LongSupplier usedHeap) {
    thread = new Thread(() -> {
      while (running) {
        try {
          peak.accumulateAndGet(usedHeap.getAsLong(), Math::max);
        } catch (RuntimeException e) {
          // a node being killed or restarted answers nothing for a while
        }
        Nodes.pause(1_000);
      }
    }, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  /** This JVM (the baseline runs the app in it). */
  public static HeapSampler thisJvm() {
    return new HeapSampler(() -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  /** An app node, through its Prometheus endpoint ({@code jvm_memory_used_bytes{area="heap"}}). */
  public static HeapSampler appNode(String baseUrl, String user, String password) {
    HttpClient http = HttpClient.newHttpClient();
    String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new HeapSampler(() -> {
      try {
        String body = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
            .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body();
        return body.lines().filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
            .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  public long peakMegabytes() {
    return peak.get() / (1024 * 1024);
  }

  @Override
  public void close() {
    running = false;
  }
}
