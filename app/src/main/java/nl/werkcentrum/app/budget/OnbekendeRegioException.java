package nl.werkcentrum.app.budget;

public class OnbekendeRegioException extends RuntimeException {

  public OnbekendeRegioException(String regio) {
    super("Onbekende arbeidsmarktregio: " + regio);
  }
}
