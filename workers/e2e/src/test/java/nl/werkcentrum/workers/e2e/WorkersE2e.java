package nl.werkcentrum.workers.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An end-to-end test of the engine app with partner workers as separate processes, on PostgreSQL.
 * Test methods get an {@link E2eEnvironment} parameter. Name the class with "Postgres" in it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith({PostgresAvailable.class, WorkersE2eExtension.class})
public @interface WorkersE2e {
}
