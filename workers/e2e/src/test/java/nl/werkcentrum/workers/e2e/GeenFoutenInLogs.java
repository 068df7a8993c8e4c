package nl.werkcentrum.workers.e2e;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule "no 5xx for anything a person or partner can send; a 500 in a log is a bug", for the
 * end-to-end tests: a test fails when, during it, the engine app (in this JVM, or an app node as
 * its own JVM) or a partner worker logged an ERROR or an HTTP 5xx answer of the engine, unless the
 * test declared it with {@link VerwachtFout}. The whole system runs here as in production, so this
 * is where crashes show that no assertion looks for: a worker's failed REST call, a job failing in
 * the background, a stack trace while the test still ends green.
 * <p>
 * Registered for every test class of this module by JUnit's extension auto-detection
 * (src/test/resources/junit-platform.properties and META-INF/services). Being registered first,
 * its after-each runs last, after the workers were stopped, so their shutdown is checked too.
 * Child JVMs' log files are followed from {@link ChildJvm#start}; the in-process app's log by an
 * appender, and its 5xx answers by {@link Http5xxRecorder}.
 */
public class GeenFoutenInLogs implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  static final String IN_PROCESS = "app (in-process)";

  /**
   * A Spring Boot console line at ERROR: "2026-01-01T10:00:00.000Z ERROR 1234 --- [...", or the
   * workers' "... ERROR [topic|traject] 1234 --- [..." (their level pattern carries the MDC).
   */
  private static final Pattern ERROR_REGEL = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[T ]\\S+\\s+ERROR\\s");
  /** A new log line (anything else is a stack trace or a message's continuation). */
  private static final Pattern NIEUWE_REGEL = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}");
  /**
   * A 5xx of the engine as seen by a worker (the external task client: "status code 500", or
   * Spring's RestClient: "500 Internal Server Error") or as logged by the engine REST API.
   */
  private static final Pattern HTTP_5XX = Pattern.compile(
      "status code '?5\\d\\d|\\b5\\d\\d (Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)"
          + "|ENGINE-REST-HTTP5\\d\\d");
  private static final int MAX_REGELS_PER_PROBLEEM = 600;

  private static final Map<Path, Long> GEVOLGD = new LinkedHashMap<>();
  private static final List<String> IN_PROCESS_PROBLEMEN = new ArrayList<>();
  private static final ErrorAppender APPENDER = new ErrorAppender();
  private static boolean geinstalleerd;

  /** Follows a child JVM's log file from its start on. */
  static void volg(Path log) {
    synchronized (GEVOLGD) {
      GEVOLGD.putIfAbsent(log.toAbsolutePath(), 0L);
    }
  }

  static void http5xx(int status, String method, String uri) {
    synchronized (IN_PROCESS_PROBLEMEN) {
      IN_PROCESS_PROBLEMEN.add(IN_PROCESS + ": HTTP " + status + " " + method + " " + uri);
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    installeer();
    oogst();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    installeer();
    controleer(context, oogst(), "before " + context.getDisplayName());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    controleer(context, oogst(), context.getDisplayName());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    controleer(context, oogst(), "outside the tests of " + context.getDisplayName());
  }

  private static void controleer(ExtensionContext context, List<String> problemen, String waar) {
    List<Pattern> verwacht = verwacht(context);
    List<String> onverwacht = problemen.stream()
        .filter(p -> verwacht.stream().noneMatch(v -> v.matcher(p).find())).toList();
    if (!onverwacht.isEmpty()) {
      throw new AssertionError("An ERROR or HTTP 5xx in the logs " + waar + " (" + onverwacht.size()
          + "); fix it, or declare it with @VerwachtFout if the test provokes it on purpose:\n  "
          + String.join("\n  ", onverwacht.stream().map(GeenFoutenInLogs::kort).toList()));
    }
  }

  private static List<Pattern> verwacht(ExtensionContext context) {
    List<Pattern> all = new ArrayList<>();
    for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
      c.get().getElement().ifPresent(e -> AnnotationSupport.findRepeatableAnnotations(e, VerwachtFout.class)
          .forEach(v -> all.add(Pattern.compile(v.value()))));
    }
    return all;
  }

  /** Everything new since the last call: the in-process app's problems and the child logs' new lines. */
  static List<String> oogst() {
    List<String> all = new ArrayList<>();
    synchronized (IN_PROCESS_PROBLEMEN) {
      all.addAll(IN_PROCESS_PROBLEMEN);
      IN_PROCESS_PROBLEMEN.clear();
    }
    synchronized (GEVOLGD) {
      for (Map.Entry<Path, Long> log : GEVOLGD.entrySet()) {
        log.setValue(lees(log.getKey(), log.getValue(), all));
      }
    }
    return all;
  }

  /** Reads complete lines from {@code offset}, adds the problems found, returns the new offset. */
  private static long lees(Path log, long offset, List<String> problemen) {
    if (!Files.isRegularFile(log)) {
      return offset;
    }
    String tekst;
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long lengte = file.length();
      if (lengte <= offset) {
        return offset;
      }
      byte[] bytes = new byte[(int) Math.min(lengte - offset, Integer.MAX_VALUE - 16)];
      file.seek(offset);
      file.readFully(bytes);
      int einde = laatsteNieuweRegel(bytes);
      if (einde < 0) {
        return offset;
      }
      tekst = new String(bytes, 0, einde + 1, StandardCharsets.UTF_8);
      offset += einde + 1;
    } catch (IOException e) {
      problemen.add(log.getFileName() + ": cannot read the log: " + e);
      return offset;
    }
    String bron = log.getFileName().toString();
    String[] regels = tekst.split("\n");
    for (int i = 0; i < regels.length; i++) {
      boolean fout = ERROR_REGEL.matcher(regels[i]).find();
      if (fout || HTTP_5XX.matcher(regels[i]).find()) {
        StringBuilder probleem = new StringBuilder(bron).append(": ").append(regels[i]);
        int j = i + 1;
        for (; j < regels.length && j <= i + MAX_REGELS_PER_PROBLEEM && !NIEUWE_REGEL.matcher(regels[j]).find(); j++) {
          probleem.append('\n').append(regels[j]);
        }
        String blok = probleem.toString();
        if (fout || HTTP_5XX.matcher(blok).find()) {
          problemen.add(blok);
        }
        i = j - 1;
      }
    }
    return offset;
  }

  private static int laatsteNieuweRegel(byte[] bytes) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The report shows a problem's first line and the exception lines, not the whole stack trace. */
  private static String kort(String probleem) {
    List<String> regels = new ArrayList<>();
    for (String regel : probleem.split("\n")) {
      if (regels.isEmpty() || (!regel.startsWith("\tat ") && !regel.startsWith("\t... ") && regels.size() < 6)) {
        regels.add(regel.length() > 400 ? regel.substring(0, 400) + "..." : regel);
      }
    }
    return String.join("\n    ", regels);
  }

  private static synchronized void installeer() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    if (!geinstalleerd) {
      geinstalleerd = true;
      APPENDER.setContext(context);
      APPENDER.setName("geen-fouten-in-logs");
      APPENDER.start();
      // Spring Boot resets logback when the in-process app starts, removing every appender
      context.addListener(new ReAttach());
    }
    if (!APPENDER.isStarted()) {
      APPENDER.start();
    }
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(APPENDER);
  }

  private static final class ErrorAppender extends AppenderBase<ILoggingEvent> {
    @Override
    protected void append(ILoggingEvent event) {
      if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
        StringBuilder line = new StringBuilder(IN_PROCESS).append(": ERROR [").append(event.getLoggerName())
            .append("] ").append(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
          line.append("\n").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        synchronized (IN_PROCESS_PROBLEMEN) {
          IN_PROCESS_PROBLEMEN.add(line.toString());
        }
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
      context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(APPENDER);
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
