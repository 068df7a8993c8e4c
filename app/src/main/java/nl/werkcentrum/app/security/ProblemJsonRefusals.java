package nl.werkcentrum.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.werkcentrum.app.api.Problemen;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;

/**
 * 401 and 403 of the machine APIs in the same problem+json shape as every other refusal of our
 * API. The 401 keeps its {@code WWW-Authenticate: Basic} challenge, so basic-auth clients still
 * know to send credentials.
 */
@Component
public class ProblemJsonRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String REALM = "Werkcentrum";

  private final ObjectMapper json;

  public ProblemJsonRefusals(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException refusal) throws IOException {
    if (refusal instanceof TeVeelInlogpogingenException rem) {
      // no challenge: trying again now cannot help; the client learns when it may
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, rem.wacht().toSeconds())));
      write(request, response, HttpStatus.TOO_MANY_REQUESTS,
          "Te veel mislukte aanmeldpogingen voor deze gebruiker vanaf dit adres; probeer het later opnieuw");
      return;
    }
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
    write(request, response, HttpStatus.UNAUTHORIZED, refusal instanceof BadCredentialsException
        ? "Gebruikersnaam of wachtwoord onjuist"
        : "Aanmelden is nodig: stuur gebruikersnaam en wachtwoord (HTTP basic)");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException refusal) throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "U heeft geen toegang tot deze gegevens of handeling");
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
      String detail) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    ProblemDetail problem = Problemen.probleem(status, detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
