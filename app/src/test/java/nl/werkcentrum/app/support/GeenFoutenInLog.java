package nl.werkcentrum.app.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule "no 5xx for anything a person or partner can send; a 500 in a log is a bug", made
 * permanent: a test fails when, during it, the app logged an ERROR or answered an HTTP 5xx, unless
 * the test declared that problem with {@link VerwachtFout}. Without this guard a test can pass
 * while the app crashes behind a tolerant assertion or on a background thread, and the crash is
 * found only in production logs.
 * <p>
 * Registered for every test class of this module by JUnit's extension auto-detection
 * (src/test/resources/junit-platform.properties and META-INF/services), so no test can forget it.
 * Problems are checked after each test (against the method's and the class's declarations), and
 * after the class for what happened outside a test (context start, {@code @AfterAll}).
 */
public class GeenFoutenInLog implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    FoutenRecorder.installeer();
    FoutenRecorder.oogst(); // what an earlier class left behind is not this class's doing
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    // the app may be started only now (lazily by the Spring extension): the appender must be on
    FoutenRecorder.installeer();
    controleer(context, FoutenRecorder.oogst(), "before " + context.getDisplayName());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    controleer(context, FoutenRecorder.oogst(), context.getDisplayName());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    controleer(context, FoutenRecorder.oogst(), "outside the tests of " + context.getDisplayName());
  }

  private static void controleer(ExtensionContext context, List<String> problemen, String waar) {
    List<VerwachtFout> verwacht = verwacht(context);
    List<String> onverwacht = problemen.stream()
        .filter(p -> verwacht.stream().noneMatch(v -> p.contains(v.value()))).toList();
    if (!onverwacht.isEmpty()) {
      throw new AssertionError("The app logged an ERROR or answered 5xx " + waar + " (" + onverwacht.size()
          + "); fix it, or declare it with @VerwachtFout if the test provokes it on purpose:\n  "
          + String.join("\n  ", onverwacht.stream().map(GeenFoutenInLog::kort).toList()));
    }
  }

  private static List<VerwachtFout> verwacht(ExtensionContext context) {
    List<VerwachtFout> all = new ArrayList<>();
    for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
      c.get().getElement().ifPresent(e -> all.addAll(declared(e)));
    }
    return all;
  }

  private static List<VerwachtFout> declared(AnnotatedElement element) {
    return AnnotationSupport.findRepeatableAnnotations(element, VerwachtFout.class);
  }

  private static String kort(String probleem) {
    return probleem.length() > 600 ? probleem.substring(0, 600) + "..." : probleem;
  }
}
