package nl.werkcentrum.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an ERROR log event or an HTTP 5xx answer that a test provokes on purpose, so that
 * {@link GeenFoutenInLog} lets it pass. On a test method it covers that method, on the class every
 * test of it.
 * <p>
 * {@link #value()} is a piece of text of the problem as the guard reports it, e.g.
 * {@code "ENGINE-16004"}, {@code "org.camunda.bpm.engine.context"} (a logger),
 * {@code "HTTP 500 POST /api/aanmeldingen"} or an exception class name. Keep it narrow: an expected
 * error is an exception to the rule, not a way to silence a bug.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(VerwachtFout.Lijst.class)
public @interface VerwachtFout {

  /** Text that the reported problem contains (case-sensitive). */
  String value();

  /** Why this test provokes it; for the reader. */
  String reden() default "";

  @Target({ElementType.TYPE, ElementType.METHOD})
  @Retention(RetentionPolicy.RUNTIME)
  @interface Lijst {
    VerwachtFout[] value();
  }
}
