package nl.werkcentrum.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;

/**
 * A refusal written by a filter in front of the engine's API, as problem+json that Tasklist can
 * show: Tasklist shows an error's {@code message} to the caseworker, so the Dutch detail goes there
 * too.
 */
final class TasklistProbleem {

  private TasklistProbleem() {
  }

  static void schrijf(HttpServletResponse response, ProblemDetail problem, ObjectMapper json) throws IOException {
    if (problem.getDetail() != null) {
      problem.setProperty("message", problem.getDetail());
    }
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
