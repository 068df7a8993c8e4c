package nl.werkcentrum.app.support;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring Boot test on the real PostgreSQL with the production "postgres" profile, in the
 * database {@link PostgresDatabase#TEST_DATABASE}. Skipped where PostgreSQL cannot be reached,
 * unless {@code -Dwerkcentrum.require-postgres=true} (as in CI): then it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresDatabase.class)
@ActiveProfiles("postgres")
@TestPropertySource(properties = "POSTGRES_DB=${werkcentrum.test-database:werkcentrum_test}")
public @interface PostgresTest {
}
