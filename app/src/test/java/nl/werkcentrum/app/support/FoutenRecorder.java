package nl.werkcentrum.app.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * JVM-wide record of the problems the guard looks for: ERROR events of any logger and HTTP 5xx
 * answers (fed by {@link Http5xxRecorder}). The app runs in the test's JVM, on threads of its own
 * (Tomcat, job executor), so the record is shared and synchronized.
 */
public final class FoutenRecorder {

  private static final List<String> PROBLEMEN = new ArrayList<>();
  private static final ErrorAppender APPENDER = new ErrorAppender();
  private static boolean geinstalleerd;

  private FoutenRecorder() {
  }

  /** Attaches the ERROR appender to the root logger, and again after every logback reset. */
  static synchronized void installeer() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    if (!geinstalleerd) {
      geinstalleerd = true;
      APPENDER.setContext(context);
      APPENDER.setName("geen-fouten-in-log");
      APPENDER.start();
      // Spring Boot resets logback when it configures logging at the app's start, which removes
      // every appender: put ours back each time, or errors after start would go unnoticed
      context.addListener(new ReAttach());
    }
    if (!APPENDER.isStarted()) {
      APPENDER.start();
    }
    root(context).addAppender(APPENDER);
  }

  private static Logger root(LoggerContext context) {
    return context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  public static void http5xx(int status, String method, String uri) {
    voegToe("HTTP " + status + " " + method + " " + uri);
  }

  static void voegToe(String probleem) {
    synchronized (PROBLEMEN) {
      PROBLEMEN.add(probleem);
    }
  }

  /** Everything recorded since the last call, and forgets it. */
  static List<String> oogst() {
    synchronized (PROBLEMEN) {
      List<String> all = List.copyOf(PROBLEMEN);
      PROBLEMEN.clear();
      return all;
    }
  }

  private static final class ErrorAppender extends AppenderBase<ILoggingEvent> {
    @Override
    protected void append(ILoggingEvent event) {
      if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
        StringBuilder line = new StringBuilder("ERROR [").append(event.getLoggerName()).append("] ")
            .append(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
          line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        voegToe(line.toString());
      }
    }
  }

  private static final class ReAttach implements LoggerContextListener {
    @Override
    public boolean isResetResistant() {
      return true;
    }

    @Override
    public void onReset(LoggerContext context) {
      // the reset also stopped it, and a stopped appender drops every event
      APPENDER.start();
      root(context).addAppender(APPENDER);
    }

    @Override
    public void onStart(LoggerContext context) {
    }

    @Override
    public void onStop(LoggerContext context) {
    }

    @Override
    public void onLevelChange(Logger logger, Level level) {
    }
  }
}
