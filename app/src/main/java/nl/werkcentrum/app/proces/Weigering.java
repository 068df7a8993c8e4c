package nl.werkcentrum.app.proces;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A refusal of what a person or partner sent, thrown from inside the engine so that nothing is
 * written and the caller gets a 4xx with our Dutch message instead of a 500.
 *
 * <p>The engine REST API maps exceptions per entry point: a form submission (Tasklist's start
 * form and task forms, {@code submit-form}, task {@code complete}) answers 400 only for a
 * {@link FormFieldValidationException}, while a message correlation answers 400 for a
 * {@link BadUserRequestException}. The form exception lives in the engine's impl package: it is
 * the type the engine's own form field validators throw and has no public counterpart, so it is
 * used here and nowhere else.
 */
final class Weigering {

  private static final Logger log = LoggerFactory.getLogger(Weigering.class);

  private Weigering() {
  }

  /** A refusal of what a caseworker entered on a form (start form or task form). */
  static ProcessEngineException opFormulier(String melding) {
    // our messages name fields and amounts, never the BSN itself
    log.warn("Formulier geweigerd: {}", melding);
    return new FormFieldValidationException(null, melding);
  }

  /** A refusal of what a partner system or API client sent (message correlation, Java API). */
  static ProcessEngineException opVerzoek(String melding) {
    log.warn("Verzoek geweigerd: {}", melding);
    return new BadUserRequestException(melding);
  }
}
