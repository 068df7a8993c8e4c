package nl.werkcentrum.app.rapportage;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same report on the embedded H2 database that {@code ./run-demo} uses: the report's SQL must
 * run on both (H2 has no {@code LATERAL}, for one), and give the same figures.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:rapportage-h2;DB_CLOSE_DELAY=-1")
class RapportageOpH2Test extends RapportagePostgresTest {
}
