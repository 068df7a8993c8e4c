package nl.werkcentrum.app.web;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures of the engine API are a collision with another command (409), and which stay its own. */
class ConflictHerkenningTest {

  private final GelijktijdigeWijziging.OpRestFout opRest = new GelijktijdigeWijziging.OpRestFout();
  private final GelijktijdigeWijziging.OpEngineFout opEngine = new GelijktijdigeWijziging.OpEngineFout();

  @Test
  void aLostOptimisticLockIsACollisionHoweverDeepTheEngineWrapsIt() {
    var verloren = new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity' failed");
    var listener = new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
        new ProcessEngineException("Exception while invoking TaskListener", verloren));
    assertThat(opEngine.isMappable(verloren)).isTrue();
    assertThat(opRest.isMappable(new RestException(Response.Status.INTERNAL_SERVER_ERROR, listener,
        "Cannot complete task"))).isTrue();
  }

  @Test
  void aDeadlockOrASerializationFailureIsACollision() {
    var batch = new BatchUpdateException("Batch entry 0 was aborted", "40P01", 0, new int[0],
        new SQLException("ERROR: deadlock detected", "40P01"));
    assertThat(opEngine.isMappable(new ProcessEngineException("ENGINE-03083 Exception while executing Batch"
        + " Database Operations", batch))).isTrue();
    assertThat(opEngine.isMappable(new ProcessEngineException("flush",
        new SQLException("could not serialize access", "40001")))).isTrue();
    assertThat(GelijktijdigeWijziging.soort(batch)).as("named by its state, never by the quoted statement")
        .contains("SQLState 40P01");
  }

  @Test
  void aParentRemovedMeanwhileIsACollision() {
    assertThat(GelijktijdigeWijziging.soort(new ProcessEngineException("ENGINE-03077 Cannot resolve parent")))
        .contains("ENGINE-03077");
    assertThat(opRest.isMappable(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("ENGINE-03077 Cannot resolve parent with id 'a' of execution 'b', perhaps it was"
            + " deleted in the meantime"), "Cannot complete task"))).isTrue();
  }

  @Test
  void everythingElseKeepsTheEnginesOwnAnswer() {
    assertThat(opEngine.isMappable(new ProcessEngineException("ENGINE-09005 Could not parse BPMN process"))).isFalse();
    assertThat(opEngine.isMappable(new ProcessEngineException("flush",
        new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    assertThat(opRest.isMappable(new RestException(Response.Status.NOT_FOUND, "no such task"))).isFalse();
    // a refusal the engine already answers as 4xx stays that, even with a lost lock somewhere below it
    assertThat(opRest.isMappable(new RestException(Response.Status.BAD_REQUEST,
        new OptimisticLockingException("x"), "bad"))).isFalse();
  }

  @Test
  void theAnswerIsA409ProblemWithTheEnginesCode() {
    var verloren = new OptimisticLockingException("ENGINE-03005 failed");
    Response antwoord = opEngine.toResponse(verloren);
    assertThat(antwoord.getStatus()).isEqualTo(409);
    assertThat(antwoord.getMediaType().toString()).isEqualTo("application/problem+json");
    assertThat((String) antwoord.getEntity()).contains("\"status\":409")
        .contains("\"message\":\"" + GelijktijdigeWijziging.MELDING + "\"");
  }
}
