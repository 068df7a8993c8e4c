package nl.werkcentrum.app.api;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Every refusal of our API, on the embedded database, with the demo users. */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:ongeldige-invoer;DB_CLOSE_DELAY=-1")
class OngeldigeInvoerApiTest extends OngeldigeInvoerApiTestBase {
}
