package nl.werkcentrum.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two commands that change the same trajectory at once (a caseworker's completion beside a partner's,
 * or one request on each node) cost one of them its optimistic lock, PostgreSQL aborts one as a
 * deadlock, or one finds a parent execution the other just removed. Nothing is written and sending
 * it again succeeds, so the caller gets a 409 problem+json that says so in Dutch, not the engine
 * API's 500. This holds on {@code /engine-rest} and on the webapps' engine API behind Tasklist
 * alike; Jersey prefers these mappers to the engine API's own by their priority, and they take only
 * a collision.
 *
 * <p>A partner's fetch-and-lock is the one exception: it asks for "up to so many" of its tasks, and
 * the engine itself leaves out a task whose lock another command won. A fetch that met a collision
 * while reading what it locked was rolled back whole and locked nothing, so it is answered the same
 * way, with no tasks: the partner's worker polls again as after any empty fetch, instead of logging
 * an error for something that needs no one's attention.
 *
 * <p>Everything else still reaches the engine API's own exception handling unchanged.
 */
@Configuration(proxyBeanMethods = false)
public class GelijktijdigeWijziging {

  static final String MELDING = "Iemand anders wijzigde dit traject op hetzelfde moment. Er is niets opgeslagen;"
      + " probeer het opnieuw.";
  /** PostgreSQL's deadlock and serialization failure: the transaction is rolled back whole. */
  private static final Set<String> OPNIEUW_PROBEREN = Set.of("40P01", "40001");
  /**
   * The engine's own word for a parent execution another command removed meanwhile ("perhaps it was
   * deleted in the meantime"): the same collision, met while reading rather than at the flush.
   */
  private static final String OUDER_VERDWENEN = "ENGINE-03077";
  /** The engine API's fetch-and-lock, on {@code /engine-rest} or a named engine's path. */
  private static final String FETCH_AND_LOCK = "external-task/fetchAndLock";
  private static final Logger log = LoggerFactory.getLogger(GelijktijdigeWijziging.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** On {@code /engine-rest}: Spring Boot's Jersey application, the starter's resource config. */
  @Bean
  ResourceConfigCustomizer gelijktijdigeWijzigingOpEngineRest() {
    return config -> config.register(OpRestFout.class).register(OpEngineFout.class);
  }

  /**
   * Behind Tasklist: the webapps' Jersey applications are built from their Application classes, and
   * Jersey adds the servlet context's attributes to their properties, so this names the mappers to
   * them.
   */
  @Bean
  ServletContextInitializer gelijktijdigeWijzigingOpWebapps() {
    return context -> context.setAttribute(ServerProperties.PROVIDER_CLASSNAMES,
        OpRestFout.class.getName() + "," + OpEngineFout.class.getName());
  }

  /** A command's failure as the engine API's resources wrap it (completing a task, an external task). */
  @Priority(Priorities.USER - 100)
  public static final class OpRestFout implements ExtendedExceptionMapper<RestException> {

    @Context
    private UriInfo verzoek;

    @Override
    public boolean isMappable(RestException exception) {
      return (exception.getStatus() == null || exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR)
          && isConflict(exception);
    }

    @Override
    public Response toResponse(RestException exception) {
      return conflict(exception, verzoek);
    }
  }

  /** A command's failure as the engine API passes it on unwrapped. */
  @Priority(Priorities.USER - 100)
  public static final class OpEngineFout implements ExtendedExceptionMapper<ProcessEngineException> {

    @Context
    private UriInfo verzoek;

    @Override
    public boolean isMappable(ProcessEngineException exception) {
      return isConflict(exception);
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return conflict(exception, verzoek);
    }
  }

  static boolean isConflict(Throwable exception) {
    return soort(exception).isPresent();
  }

  /** Which collision this is, if it is one: named for the log, without any message text. */
  static Optional<String> soort(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return Optional.of("optimistic locking");
      }
      if (cause instanceof ProcessEngineException && cause.getMessage() != null
          && cause.getMessage().startsWith(OUDER_VERDWENEN)) {
        return Optional.of(OUDER_VERDWENEN);
      }
      if (cause instanceof SQLException sql && OPNIEUW_PROBEREN.contains(sql.getSQLState())) {
        return Optional.of("SQLState " + sql.getSQLState());
      }
    }
    return Optional.empty();
  }

  static Response conflict(Throwable exception, UriInfo verzoek) {
    // the kind only: a database's message may quote the statement and its values
    if (verzoek != null && verzoek.getPath().endsWith(FETCH_AND_LOCK)) {
      log.info("Gelijktijdige wijziging ({}) bij fetch-and-lock: niets vergrendeld, geen taken aan de partner",
          soort(exception).orElse("onbekend"));
      return Response.ok("[]", MediaType.APPLICATION_JSON_VALUE).build();
    }
    log.info("Gelijktijdige wijziging ({}), 409 aan de aanroeper", soort(exception).orElse("onbekend"));
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "Conflict");
    problem.put("status", 409);
    problem.put("detail", MELDING);
    // Tasklist shows "message"; the external task client reads "type", "message" and "code"
    problem.put("message", MELDING);
    Integer code = engineCode(exception);
    if (code != null) {
      problem.put("code", code);
    }
    try {
      return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
          .entity(JSON.writeValueAsString(problem)).build();
    } catch (JsonProcessingException cannotHappen) {
      throw new IllegalStateException(cannotHappen);
    }
  }

  /** The engine's own error code of the conflict (optimistic locking, deadlock), as its API gives it. */
  private static Integer engineCode(Throwable exception) {
    Integer code = null;
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ProcessEngineException engine && engine.getCode() != 0) {
        code = engine.getCode();
      }
    }
    return code;
  }
}
