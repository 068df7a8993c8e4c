package nl.werkcentrum.app.api;

import nl.werkcentrum.app.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Every refusal of our API on the production database, where constraints and types are stricter. */
@PostgresTest
@ActiveProfiles({"postgres", "demo"})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OngeldigeInvoerApiPostgresTest extends OngeldigeInvoerApiTestBase {
}
