package nl.werkcentrum.app.api;

import nl.werkcentrum.app.budget.OnbekendeRegioException;
import nl.werkcentrum.app.traject.OngeldigeAanmeldingException;
import nl.werkcentrum.app.traject.TrajectNietGevondenException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;

/** Our API answers every refusal as application/problem+json, naming the field where there is one. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

  @ExceptionHandler
  ProblemDetail ongeldigeAanmelding(OngeldigeAanmeldingException e) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage(), List.of(e.getVeld()));
  }

  @ExceptionHandler({TrajectNietGevondenException.class, OnbekendeRegioException.class})
  ProblemDetail onbekend(RuntimeException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail ongeldigBedrag(IllegalArgumentException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  /** Two sign-ups of one person at the same moment: the database let only one trajectory in. */
  @ExceptionHandler
  ProblemDetail conflict(DataIntegrityViolationException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "Gelijktijdige wijziging: er loopt al een traject of boeking voor dit verzoek; probeer het opnieuw");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<String> velden = e.getBindingResult().getFieldErrors().stream()
        .map(f -> f.getField()).distinct().toList();
    String detail = e.getBindingResult().getFieldErrors().stream()
        .map(f -> f.getField() + ": " + f.getDefaultMessage()).reduce((a, b) -> a + "; " + b)
        .orElse("Ongeldig verzoek");
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, detail, velden));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Het verzoek is geen geldige JSON of bevat een onbekende waarde"));
  }

  private static ProblemDetail problem(HttpStatus status, String detail, List<String> velden) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setProperty("velden", velden);
    return problem;
  }
}
