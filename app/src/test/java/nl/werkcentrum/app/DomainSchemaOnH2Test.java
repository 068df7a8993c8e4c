package nl.werkcentrum.app;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:schema;DB_CLOSE_DELAY=-1")
class DomainSchemaOnH2Test extends DomainSchemaTestBase {
}
