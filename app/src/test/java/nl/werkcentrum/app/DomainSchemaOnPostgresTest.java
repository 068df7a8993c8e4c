package nl.werkcentrum.app;

import nl.werkcentrum.app.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@PostgresTest
@SpringBootTest
class DomainSchemaOnPostgresTest extends DomainSchemaTestBase {
}
