package nl.werkcentrum.workers.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an ERROR or HTTP 5xx that an end-to-end test provokes on purpose (a partner answering
 * 500, a node killed, the database restarted), so {@link GeenFoutenInLogs} lets it pass. On a test
 * method it covers that method, on the class every test of it.
 * <p>
 * {@link #value()} is a regular expression searched in the problem as the guard reports it: the
 * log's name (e.g. {@code uwv-1700000000000.log}, {@code app (in-process)}), the ERROR line and
 * the exception lines under it. Keep it narrow: name the message, not just the logger.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(VerwachtFout.Lijst.class)
public @interface VerwachtFout {

  /** Regular expression (java.util.regex, find) for the problem's text. */
  String value();

  /** Why this test provokes it; for the reader. */
  String reden() default "";

  @Target({ElementType.TYPE, ElementType.METHOD})
  @Retention(RetentionPolicy.RUNTIME)
  @interface Lijst {
    VerwachtFout[] value();
  }
}
