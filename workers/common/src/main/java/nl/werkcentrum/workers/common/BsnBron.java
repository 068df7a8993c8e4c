package nl.werkcentrum.workers.common;

import org.camunda.bpm.client.task.ExternalTask;

/**
 * Port: where a worker gets the BSN of the person of a task it holds. The BSN is no process
 * variable; the Werkcentrum hands it out per locked task, to the worker holding the lock.
 */
@FunctionalInterface
public interface BsnBron {

  /** @throws PartnerSysteemException when the Werkcentrum does not answer it (a technical fault) */
  String bsnVoor(ExternalTask task);
}
