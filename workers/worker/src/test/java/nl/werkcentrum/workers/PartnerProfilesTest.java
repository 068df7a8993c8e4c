package nl.werkcentrum.workers;

import org.camunda.bpm.client.spring.SpringTopicSubscription;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each partner's process subscribes to its own topics only, with the variables it needs only (never the BSN). */
class PartnerProfilesTest {

  @TempDir
  Path data;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "uwv | uwv.uitkering-controleren=[] uwv.verwijzen=[regio, sector, activiteiten]",
      "gemeente | gemeente.uitkering-controleren=[] gemeente.verwijzen=[regio, sector, activiteiten]",
      "roc | roc.inschrijven=[regio, opleiding]",
      "sociale-partners | sociale-partners.loopbaanadvies=[regio, ontslagdatum] sociale-partners.vacatures-matchen=[regio, sector] "
          + "sociale-partners.verwijzen=[regio, sector, activiteiten]"})
  void subscribesToItsOwnTopicsOnly(String partner, String expected) {
    try (var context = new SpringApplicationBuilder(WorkerApplication.class).profiles(partner)
        // nothing listens there: the test looks at the subscriptions, not at fetching
        .run("--camunda.bpm.client.base-url=http://127.0.0.1:1/engine-rest",
            "--werkcentrum.partner.demo-data=" + data)) {
      List<String> subscriptions = context.getBeansOfType(SpringTopicSubscription.class).values().stream()
          .map(s -> s.getTopicName() + "=" + s.getVariableNames())
          .sorted().toList();

      assertThat(String.join(" ", subscriptions)).isEqualTo(expected);
      assertThat(context.getEnvironment().getProperty("camunda.bpm.client.basic-auth.username")).isEqualTo("worker-" + partner);
      assertThat(context.getEnvironment().getProperty("camunda.bpm.client.worker-id")).isEqualTo("worker-" + partner);
    }
  }
}
