package nl.werkcentrum.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.context.annotation.Configuration;

/**
 * A caseworker's input that a form refuses (a BSN failing the 11-proef, more spent than reserved)
 * is answered with a 400 and logged once, as a WARN, where it is refused. The engine would also
 * log it as ERROR {@code ENGINE-16004} with a full stack trace, as if it were our failure; that
 * one line is dropped here. Every other command exception keeps its ERROR.
 */
@Configuration(proxyBeanMethods = false)
public class WeigeringLogging {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  private static final TurboFilter GEEN_FOUT_VOOR_WEIGERING = new TurboFilter() {
    @Override
    public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
        Object[] params, Throwable t) {
      if (level == Level.ERROR && ENGINE_CONTEXT_LOGGER.equals(logger.getName()) && isWeigering(params, t)) {
        return FilterReply.DENY;
      }
      return FilterReply.NEUTRAL;
    }
  };

  private static boolean isWeigering(Object[] params, Throwable t) {
    if (t instanceof FormFieldValidationException) {
      return true;
    }
    if (params != null) {
      for (Object p : params) {
        if (p instanceof FormFieldValidationException) {
          return true;
        }
      }
    }
    return false;
  }

  public WeigeringLogging() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof LoggerContext logback) {
      synchronized (logback) {
        if (!logback.getTurboFilterList().contains(GEEN_FOUT_VOOR_WEIGERING)) {
          GEEN_FOUT_VOOR_WEIGERING.setName("weigering-geen-fout");
          GEEN_FOUT_VOOR_WEIGERING.start();
          logback.addTurboFilter(GEEN_FOUT_VOOR_WEIGERING);
        }
      }
    }
  }
}
