package nl.werkcentrum.workers.e2e.load;

import nl.werkcentrum.workers.e2e.EngineRest;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Round robin over the engine nodes, as a load balancer does for the REST API: a call that finds
 * its node down goes to the next one. (A call whose node died while answering may have happened;
 * callers make such calls safe to repeat.)
 */
public final class Nodes {

  private final List<EngineRest> nodes;
  private final AtomicInteger next = new AtomicInteger();

  public Nodes(List<EngineRest> nodes) {
    this.nodes = List.copyOf(nodes);
  }

  public <T> T call(Function<EngineRest, T> call) {
    EngineRest.Unreachable last = null;
    for (int attempt = 0; attempt < nodes.size() * 5; attempt++) {
      EngineRest node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
      try {
        return call.apply(node);
      } catch (EngineRest.Unreachable e) {
        last = e;
        pause(200);
      }
    }
    throw last;
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
