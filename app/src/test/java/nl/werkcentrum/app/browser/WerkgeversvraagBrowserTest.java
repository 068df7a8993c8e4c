package nl.werkcentrum.app.browser;

import nl.werkcentrum.app.werkgever.Werkgeversvraag;
import nl.werkcentrum.app.werkgever.WerkgeversvraagRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A werkgeversadviseur in a real Chromium starts an employer's question with the start form in
 * Tasklist (werkgeversvraag-start.mjs): a KvK-nummer of seven digits is refused by the form, all
 * zeros by the server with its reason, and the question lands in our table and at the region's
 * qualification task. Skipped without Chromium or the script's node_modules (see BrowserScript).
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:werkgeversvraag-browser;DB_CLOSE_DELAY=-1")
class WerkgeversvraagBrowserTest {

  static final String KVK = "69599084";

  @LocalServerPort
  int port;

  @Autowired
  WerkgeversvraagRepository vragen;

  @Autowired
  RuntimeService runtimeService;

  @BeforeAll
  static void browserAvailable() {
    BrowserScript.vereist();
  }

  @Test
  void aWerkgeversadviseurStartsAQuestionWithTheStartForm() throws Exception {
    BrowserScript.run(port, "werkgeversvraag-start.mjs", KVK, BrowserScript.artifacts());

    Werkgeversvraag vraag = vragen.findAll().stream().filter(v -> KVK.equals(v.getKvkNummer())).findFirst().orElseThrow();
    assertThat(vraag.getRegio()).isEqualTo("AMR15");
    assertThat(vraag.getWerkgeverNaam()).isEqualTo("Zorggroep Amstel");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(vraag.getId().toString())
        .activityIdIn("VraagKwalificeren").count()).isEqualTo(1);
    assertThat(vragen.findAll()).noneMatch(v -> "00000000".equals(v.getKvkNummer()));
  }
}
