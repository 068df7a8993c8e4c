package nl.werkcentrum.app.browser;

import nl.werkcentrum.app.baliegesprek.Baliegesprek;
import nl.werkcentrum.app.baliegesprek.BaliegesprekRepository;
import nl.werkcentrum.app.baliegesprek.Doorverwijzing;
import nl.werkcentrum.app.baliegesprek.Vraagsoort;
import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.support.TrajectVanBsn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gids's advice without a trajectory in a Dutch Chromium (app/src/test/browser/balievraag.mjs):
 * the start form without personal data, the follow-up that asks the BSN only to start a trajectory,
 * the 11-proef refusal on it, and the trajectory it starts. Screenshots in target/browser-artifacts
 * (balievraag-*). Skipped without Chromium unless -Dwerkcentrum.require-browser=true.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:balievraag-browser;DB_CLOSE_DELAY=-1")
class BalievraagBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  BaliegesprekRepository gesprekken;

  @Autowired
  TrajectVanBsn trajectVanBsn;

  @BeforeAll
  static void browserAvailable() {
    BrowserScript.vereist();
  }

  @Test
  void aGidsRecordsAnAdviceAndLaterTurnsItIntoATrajectory() throws IOException, InterruptedException {
    String bsn = TestBsn.random();

    BrowserScript.run(port, "balievraag.mjs", bsn, BrowserScript.artifacts());

    List<Baliegesprek> alle = gesprekken.findAll();
    assertThat(alle).hasSize(1);
    Baliegesprek gesprek = alle.get(0);
    assertThat(gesprek.getRegio()).isEqualTo("AMR15");
    assertThat(gesprek.getVraagsoort()).isEqualTo(Vraagsoort.SCHOLING);
    assertThat(gesprek.getDoorverwijzing()).isEqualTo(Doorverwijzing.ROC);
    assertThat(gesprek.isVervolgGewenst()).isTrue();
    assertThat(trajectVanBsn.processInstanceId(bsn)).as("the follow-up started a trajectory").isPresent();
    assertThat(gesprek.getTrajectId()).as("the question is linked to its trajectory").isNotNull();
  }
}
