package nl.werkcentrum.workers.e2e.load;

import java.util.List;
import java.util.Map;

/** The caseworkers' inbox: open user tasks by task definition key, and completing one with form data. */
public interface Takenbak {

  record Taak(String id, String key, String processInstanceId) {
  }

  List<Taak> open(String taskKey, int max);

  /**
   * Completes the task as a caseworker would submit its form. The second budget approval is
   * submitted by another person than the first (four eyes).
   */
  void voltooi(Taak taak, Map<String, Object> formulier);
}
