package nl.werkcentrum.app.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path under /api that no controller serves, or a method it does not take, never reaches
 * {@link ApiProblems} (that advice is bound to our controllers, and here there is none): answer
 * those in the same problem+json shape. Anything outside /api is passed on unchanged by
 * rethrowing, so Spring's own error handling keeps the rest of the application.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiAdressen {

  @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class})
  ProblemDetail geenAdresVanDeApi(Exception e, HttpServletRequest request) throws Exception {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      throw e;
    }
    if (e instanceof HttpRequestMethodNotSupportedException methode) {
      return Problemen.probleem(HttpStatus.METHOD_NOT_ALLOWED, "Methode " + methode.getMethod()
          + " is hier niet toegestaan" + (methode.getSupportedHttpMethods() == null ? ""
          : "; wel: " + methode.getSupportedHttpMethods()));
    }
    return Problemen.probleem(HttpStatus.NOT_FOUND, "Deze URL bestaat niet");
  }
}
