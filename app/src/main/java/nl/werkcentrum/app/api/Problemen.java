package nl.werkcentrum.app.api;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.util.List;

/**
 * The one shape of every refusal of our API and its security chain: a ProblemDetail with a Dutch
 * title and detail, and for a 400 the fields it concerns in {@code velden}. Details never repeat
 * what the caller sent: that could be a BSN.
 */
public final class Problemen {

  private Problemen() {
  }

  public static ProblemDetail probleem(HttpStatusCode status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(titel(status.value()));
    return problem;
  }

  public static ProblemDetail ongeldig(String detail, List<String> velden) {
    ProblemDetail problem = probleem(HttpStatusCode.valueOf(400), detail);
    problem.setProperty("velden", velden);
    return problem;
  }

  static String titel(int status) {
    return switch (status) {
      case 400 -> "Ongeldig verzoek";
      case 401 -> "Niet aangemeld";
      case 403 -> "Geen toegang";
      case 404 -> "Niet gevonden";
      case 405 -> "Methode niet toegestaan";
      case 406 -> "Antwoordformaat niet beschikbaar";
      case 409 -> "Conflict";
      case 413 -> "Verzoek te groot";
      case 415 -> "Inhoudstype niet ondersteund";
      default -> status >= 500 ? "Fout in de server" : "Verzoek geweigerd";
    };
  }
}
