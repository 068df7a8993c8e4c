package nl.werkcentrum.app.privacy;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.junit.jupiter.api.Test;

import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Who the log names as organisation, and the start-up check of the engine's history time to live. */
class VerwerkerTest {

  @Test
  void partnersSystemsAndConsulentenActForTheirPartnerEveryoneElseForTheWerkcentrum() {
    assertThat(Verwerker.organisatie(List.of("worker-uwv"))).isEqualTo("UWV");
    assertThat(Verwerker.organisatie(List.of("worker-sociale-partners"))).isEqualTo("SOCIALE_PARTNERS");
    assertThat(Verwerker.organisatie(List.of("werkcentrum-medewerkers", "consulent-gemeente-AMR15")))
        .isEqualTo("GEMEENTE");
    assertThat(Verwerker.organisatie(List.of("consulent-sociale-partners-AMR24"))).isEqualTo("SOCIALE_PARTNERS");
    assertThat(Verwerker.organisatie(List.of("gids-AMR15", "werkcentrum-medewerkers"))).isEqualTo("WERKCENTRUM");
    assertThat(Verwerker.organisatie(List.of("privacy-officer"))).isEqualTo("WERKCENTRUM");
    assertThat(Verwerker.organisatie(List.of())).isEqualTo("WERKCENTRUM");
  }

  @Test
  void theEnginesHistoryMayNotOutliveTheRetentionTerm() {
    RepositoryService geen = repository(List.of());
    assertThatCode(() -> PrivacyConfiguratie.controleer(Period.ofYears(2), "P180D", geen)).doesNotThrowAnyException();
    assertThatCode(() -> PrivacyConfiguratie.controleer(Period.ofYears(2), "730", geen)).doesNotThrowAnyException();
    assertThatThrownBy(() -> PrivacyConfiguratie.controleer(Period.ofDays(90), "P180D", geen))
        .hasMessageContaining("history time to live");
    assertThatThrownBy(() -> PrivacyConfiguratie.controleer(Period.ZERO, "", geen))
        .hasMessageContaining("geen positieve termijn");

    ProcessDefinition lang = mock(ProcessDefinition.class);
    when(lang.getKey()).thenReturn("werkcentrum-traject");
    when(lang.getHistoryTimeToLive()).thenReturn(1000);
    assertThatThrownBy(() -> PrivacyConfiguratie.controleer(Period.ofYears(2), "P180D", repository(List.of(lang))))
        .hasMessageContaining("werkcentrum-traject");
  }

  private static RepositoryService repository(List<ProcessDefinition> definities) {
    RepositoryService repository = mock(RepositoryService.class);
    ProcessDefinitionQuery query = mock(ProcessDefinitionQuery.class, RETURNS_SELF);
    when(repository.createProcessDefinitionQuery()).thenReturn(query);
    when(query.list()).thenReturn(definities);
    return repository;
  }
}
