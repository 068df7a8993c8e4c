package nl.werkcentrum.app.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import nl.werkcentrum.app.budget.OnbekendeRegioException;
import nl.werkcentrum.app.security.BsnTaakToegang;
import nl.werkcentrum.app.traject.OngeldigeAanmeldingException;
import nl.werkcentrum.app.traject.TrajectNietGevondenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Our API answers every refusal as application/problem+json, naming the field where there is one,
 * in Dutch, and never with a 5xx for anything a caller can send. Details never echo the value
 * that was sent: it could be a BSN.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler
  ProblemDetail ongeldigeAanmelding(OngeldigeAanmeldingException e) {
    return Problemen.ongeldig(e.getMessage(), List.of(e.getVeld()));
  }

  @ExceptionHandler
  ProblemDetail ongeldigVerzoek(OngeldigVerzoekException e) {
    return Problemen.ongeldig(e.getMessage(), List.of(e.getVeld()));
  }

  @ExceptionHandler
  ProblemDetail onbekendeRegio(OnbekendeRegioException e) {
    return Problemen.ongeldig("Onbekende arbeidsmarktregio", List.of("regio"));
  }

  @ExceptionHandler
  ProblemDetail onbekend(TrajectNietGevondenException e) {
    return Problemen.probleem(HttpStatus.NOT_FOUND, "Dit traject bestaat niet");
  }

  @ExceptionHandler
  ProblemDetail afgesloten(TrajectAfgeslotenException e) {
    return Problemen.probleem(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail onbekendeTaak(BsnTaakToegang.OnbekendeTaakException e) {
    return Problemen.probleem(HttpStatus.NOT_FOUND, e.getMessage());
  }

  /** The ledger's own guards, should a request get past the request's validation. */
  @ExceptionHandler
  ProblemDetail ongeldigBedrag(IllegalArgumentException e) {
    return Problemen.ongeldig(e.getMessage(), List.of());
  }

  /** RegioToegang: a caller of another region, or not a budget holder. */
  @ExceptionHandler
  ProblemDetail geenToegang(AccessDeniedException e) {
    return Problemen.probleem(HttpStatus.FORBIDDEN, e.getMessage());
  }

  /** Two sign-ups of one person at the same moment: the database let only one trajectory in. */
  @ExceptionHandler
  ProblemDetail conflict(DataIntegrityViolationException e) {
    return Problemen.probleem(HttpStatus.CONFLICT,
        "Gelijktijdige wijziging: er loopt al een traject of boeking voor dit verzoek; probeer het opnieuw");
  }

  @ExceptionHandler({ConcurrencyFailureException.class,
      org.camunda.bpm.engine.OptimisticLockingException.class})
  ProblemDetail gelijktijdig(RuntimeException e) {
    return Problemen.probleem(HttpStatus.CONFLICT,
        "Gelijktijdige wijziging door een ander verzoek; probeer het opnieuw");
  }

  /** Our fault, not the caller's: the same shape, nothing of the cause in the answer. */
  @ExceptionHandler
  ProblemDetail onverwacht(Exception e) {
    log.error("Onverwachte fout in de Werkcentrum-API ({})", e.getClass().getName(), e);
    return Problemen.probleem(HttpStatus.INTERNAL_SERVER_ERROR,
        "Er ging iets mis bij het verwerken van dit verzoek; probeer het later opnieuw");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> fouten = e.getBindingResult().getFieldErrors();
    List<String> velden = fouten.stream().map(FieldError::getField).distinct().sorted().toList();
    String detail = fouten.stream()
        .map(f -> f.getField() + ": " + f.getDefaultMessage()).sorted().distinct()
        .collect(Collectors.joining("; "));
    return antwoord(Problemen.ongeldig(detail.isEmpty() ? "Ongeldig verzoek" : detail, velden));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<String> velden = e.getParameterValidationResults().stream()
        .map(r -> r.getMethodParameter().getParameterName()).filter(Objects::nonNull).distinct().toList();
    String detail = e.getParameterValidationResults().stream()
        .flatMap(r -> r.getResolvableErrors().stream()
            .map(m -> r.getMethodParameter().getParameterName() + ": " + m.getDefaultMessage()))
        .collect(Collectors.joining("; "));
    return antwoord(Problemen.ongeldig(detail.isEmpty() ? "Ongeldig verzoek" : detail, velden));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    return antwoord(Problemen.ongeldig(e.getParameterName() + ": ontbreekt", List.of(e.getParameterName())));
  }

  /** A path variable or query parameter of the wrong kind: a malformed UUID, a date that is none. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String veld = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    return antwoord(Problemen.ongeldig(veld + ": " + verwacht(e.getRequiredType()),
        veld == null ? List.of() : List.of(veld)));
  }

  /**
   * Jackson could not make the request record: the field it was at is in the exception's path,
   * so an unknown kanaal or financier, a text where a number belongs, or an array where an object
   * belongs is named like any other invalid field.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Throwable oorzaak = e.getCause();
    if (oorzaak instanceof JsonMappingException mapping) {
      String veld = mapping.getPath().stream()
          .map(p -> p.getFieldName() != null ? p.getFieldName() : "[" + p.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      if (veld.isEmpty()) {
        return antwoord(Problemen.ongeldig("Stuur een JSON-object met de velden van dit verzoek", List.of()));
      }
      Class<?> type = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
      String reden = mapping instanceof InvalidFormatException || type != null && type.isEnum()
          ? verwacht(type) : type == null ? "ongeldige waarde" : verwacht(type);
      return antwoord(Problemen.ongeldig(veld + ": " + reden, List.of(veld)));
    }
    if (oorzaak instanceof JacksonException) {
      return antwoord(Problemen.ongeldig("Het verzoek is geen geldige JSON", List.of()));
    }
    return antwoord(Problemen.ongeldig(oorzaak == null
        ? "Het verzoek heeft geen inhoud; stuur een JSON-object"
        : "Het verzoek is niet leesbaar als JSON", List.of()));
  }

  /** Everything else Spring MVC refuses itself (404, 405, 415, ...): the same shape, in Dutch. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem) {
      problem.setTitle(Problemen.titel(status.value()));
      problem.setDetail(nederlands(e, status));
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  private static String nederlands(Exception e, HttpStatusCode status) {
    if (e instanceof NoResourceFoundException) {
      return "Deze URL bestaat niet";
    }
    if (e instanceof HttpRequestMethodNotSupportedException x) {
      return "Methode " + x.getMethod() + " is hier niet toegestaan"
          + (x.getSupportedHttpMethods() == null ? "" : "; wel: " + x.getSupportedHttpMethods());
    }
    if (e instanceof HttpMediaTypeNotSupportedException) {
      return "Stuur de inhoud als application/json";
    }
    if (e instanceof HttpMediaTypeNotAcceptableException) {
      return "Dit antwoord is er alleen als JSON";
    }
    return status.is5xxServerError()
        ? "Er ging iets mis bij het verwerken van dit verzoek; probeer het later opnieuw"
        : "Het verzoek kan niet worden verwerkt";
  }

  private static ResponseEntity<Object> antwoord(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private static String verwacht(Class<?> type) {
    if (type == null) {
      return "ongeldige waarde";
    }
    if (type.isEnum()) {
      return "onbekende waarde; kies uit " + Arrays.stream(type.getEnumConstants())
          .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }
    if (type == UUID.class) {
      return "geen geldige id (UUID)";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "geen geldige datum (JJJJ-MM-DD)";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "verwacht een geheel getal";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() || type == BigDecimal.class
        || type == BigInteger.class) {
      return "verwacht een getal";
    }
    if (type == String.class) {
      return "verwacht een tekst";
    }
    return "ongeldige waarde";
  }
}
