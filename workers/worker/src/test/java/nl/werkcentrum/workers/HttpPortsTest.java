package nl.werkcentrum.workers;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import nl.werkcentrum.workers.common.PartnerRestClients;
import nl.werkcentrum.workers.common.PartnerRestClients.PartnerHttpSettings;
import nl.werkcentrum.workers.common.PartnerSysteemException;
import nl.werkcentrum.workers.common.WerkcentrumBsnBron;
import nl.werkcentrum.workers.roc.HttpRocSysteem;
import nl.werkcentrum.workers.roc.RocSysteem;
import nl.werkcentrum.workers.roc.RocSysteem.Aanvraag;
import nl.werkcentrum.workers.uitkering.HttpUitkeringRegister;
import nl.werkcentrum.workers.vacature.HttpVacatureSysteem;
import nl.werkcentrum.workers.vacature.VacatureSysteem.Vacature;
import nl.werkcentrum.workers.verwijzing.HttpVerwijzingSysteem;
import nl.werkcentrum.workers.verwijzing.VerwijzingSysteem.Verwijzing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP ports against a partner API played by WireMock. */
class HttpPortsTest {

  @RegisterExtension
  static WireMockExtension partner = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static RestClient client(String url) {
    return PartnerRestClients.create(RestClient.builder(), "Partnersysteem",
        new PartnerHttpSettings(url, Duration.ofSeconds(1), Duration.ofSeconds(2)));
  }

  static RestClient client() {
    return client(partner.baseUrl());
  }

  @Test
  void uitkeringIsAskedWithTheBsnInTheBodyNotTheUrl() {
    partner.stubFor(post("/uitkeringscontroles").withRequestBody(equalToJson("{\"bsn\":\"725763863\"}"))
        .willReturn(okJson("{\"uitkering\":\"WW\"}")));

    assertThat(new HttpUitkeringRegister(client(), "UWV-systeem").uitkeringVan("725763863")).isEqualTo("WW");
    partner.verify(postRequestedFor(urlEqualTo("/uitkeringscontroles")).withHeader("Content-Type", equalTo("application/json")));
  }

  @Test
  void anAnswerWithoutUitkeringIsAFault() {
    partner.stubFor(post("/uitkeringscontroles").willReturn(okJson("{}")));

    assertThatThrownBy(() -> new HttpUitkeringRegister(client(), "UWV-systeem").uitkeringVan("725763863"))
        .isInstanceOf(PartnerSysteemException.class).hasMessageContaining("zonder uitkering");
  }

  @Test
  void verwijzingIsAPutOnTheTrajectorysResource() {
    partner.stubFor(put("/verwijzingen/traject-1")
        .withRequestBody(equalToJson("{\"regio\":\"AMR05\",\"sector\":\"ZORG\",\"activiteiten\":\"cv\"}"))
        .willReturn(okJson("{\"kenmerk\":\"GEM-42\"}")));

    assertThat(new HttpVerwijzingSysteem(client(), "Gemeente").verwijs("traject-1", new Verwijzing("AMR05", "ZORG", "cv")))
        .isEqualTo("GEM-42");
  }

  @Test
  void inschrijvingIsKeyedOnTheTrajectory() {
    partner.stubFor(put("/inschrijvingen/traject-1")
        .withRequestBody(equalToJson("{\"bsn\":\"725763863\",\"regio\":\"AMR01\",\"opleiding\":\"VZ-MBO3\"}"))
        .willReturn(okJson("{\"kenmerk\":\"ROC-1\",\"verwachteEinddatum\":\"2027-01-04\"}")));
    HttpRocSysteem roc = new HttpRocSysteem(client(), "ROC");

    var first = roc.inschrijven("traject-1", new Aanvraag("725763863", "AMR01", "VZ-MBO3"));
    var again = roc.inschrijven("traject-1", new Aanvraag("725763863", "AMR01", "VZ-MBO3"));

    assertThat(first).isEqualTo(new RocSysteem.Inschrijving("ROC-1", LocalDate.of(2027, 1, 4))).isEqualTo(again);
    partner.verify(exactly(2), putRequestedFor(urlEqualTo("/inschrijvingen/traject-1")));
  }

  @Test
  void conflictMeansTheCourseIsFull() {
    partner.stubFor(put("/inschrijvingen/traject-1").willReturn(aResponse().withStatus(409)));

    assertThatThrownBy(() -> new HttpRocSysteem(client(), "ROC").inschrijven("traject-1", new Aanvraag("725763863", "AMR01", "VZ-MBO3")))
        .isInstanceOf(RocSysteem.OpleidingVol.class).hasMessage("Opleiding VZ-MBO3 is vol");
  }

  @Test
  void aServerErrorIsAFaultThatNamesThePartner() {
    partner.stubFor(put("/inschrijvingen/traject-1").willReturn(aResponse().withStatus(500).withBody("stack trace of the partner")));

    assertThatThrownBy(() -> new HttpRocSysteem(client(), "ROC-studentenadministratie")
        .inschrijven("traject-1", new Aanvraag("725763863", "AMR01", "VZ-MBO3")))
        .isInstanceOf(PartnerSysteemException.class)
        .hasMessage("Partnersysteem antwoordde 500 op PUT /inschrijvingen/traject-1");
  }

  @Test
  void aSlowPartnerIsAFault() {
    partner.stubFor(put("/verwijzingen/traject-1").willReturn(okJson("{\"kenmerk\":\"X\"}").withFixedDelay(3_000)));

    assertThatThrownBy(() -> new HttpVerwijzingSysteem(client(), "Gemeente").verwijs("traject-1", new Verwijzing("AMR05", "ZORG", "cv")))
        .isInstanceOf(PartnerSysteemException.class)
        .hasMessageStartingWith("Partnersysteem onbereikbaar (PUT /verwijzingen/traject-1)");
  }

  @Test
  void anUnreachablePartnerIsAFault() {
    assertThatThrownBy(() -> new HttpUitkeringRegister(client("http://127.0.0.1:1"), "UWV").uitkeringVan("725763863"))
        .isInstanceOf(PartnerSysteemException.class)
        .hasMessageStartingWith("Partnersysteem onbereikbaar (POST /uitkeringscontroles)");
  }

  @Test
  void aMatchIsReservedForTheTrajectory() {
    partner.stubFor(put("/matches/traject-1").withRequestBody(equalToJson("{\"regio\":\"AMR01\",\"sector\":\"ZORG\"}"))
        .willReturn(okJson("{\"vacatureId\":\"V1\",\"werkgever\":\"Zorggroep\",\"functie\":\"Verzorgende IG\"}")));

    assertThat(new HttpVacatureSysteem(client(), "SP").matchen("traject-1", "AMR01", "ZORG"))
        .contains(new Vacature("V1", "Zorggroep", "Verzorgende IG"));
  }

  @Test
  void notFoundMeansNoVacancyNow() {
    partner.stubFor(put("/matches/traject-1").willReturn(aResponse().withStatus(404)));

    assertThat(new HttpVacatureSysteem(client(), "SP").matchen("traject-1", "AMR01", "ZORG")).isEmpty();
  }

  // ------------------------------------------------------------ the Werkcentrum's BSN for a locked task

  static WerkcentrumBsnBron bsnBron() {
    // the worker knows only the engine REST URL; our API is beside it
    return WerkcentrumBsnBron.naast(partner.baseUrl() + "/engine-rest", "worker-uwv", "geheim", "worker-uwv-1",
        RestClient.builder());
  }

  @Test
  void theBsnIsAskedForTheLockedTaskWithTheWorkersIdAndCredentials() {
    partner.stubFor(get("/api/externe-taken/taak-1/bsn?workerId=worker-uwv-1")
        .willReturn(okJson("{\"bsn\":\"725763863\"}")));

    assertThat(bsnBron().bsnVoor(taak("taak-1"))).isEqualTo("725763863");
    partner.verify(getRequestedFor(urlEqualTo("/api/externe-taken/taak-1/bsn?workerId=worker-uwv-1"))
        .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials("worker-uwv", "geheim")));
  }

  @Test
  void aRefusedBsnIsAFaultThatSaysWhy() {
    partner.stubFor(get("/api/externe-taken/taak-1/bsn?workerId=worker-uwv-1")
        .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
            .withBody("{\"detail\":\"Taak taak-1 is niet vergrendeld door worker worker-uwv-1\"}")));

    assertThatThrownBy(() -> bsnBron().bsnVoor(taak("taak-1")))
        .isInstanceOf(PartnerSysteemException.class)
        .hasMessage("Werkcentrum gaf het BSN van taak taak-1 niet vrij (403)");
  }

  static org.camunda.bpm.client.task.ExternalTask taak(String id) {
    org.camunda.bpm.client.task.ExternalTask task = FakeExternalTaskService.task("uwv.uitkering-controleren",
        "traject-1", null, Map.of());
    org.mockito.Mockito.when(task.getId()).thenReturn(id);
    return task;
  }
}
