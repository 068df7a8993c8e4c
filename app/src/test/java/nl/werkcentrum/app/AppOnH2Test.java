package nl.werkcentrum.app;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:smoke;DB_CLOSE_DELAY=-1")
class AppOnH2Test extends AppSmokeTestBase {
}
