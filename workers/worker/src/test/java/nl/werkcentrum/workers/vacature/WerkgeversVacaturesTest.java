package nl.werkcentrum.workers.vacature;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import nl.werkcentrum.workers.vacature.VacatureSysteem.Vacature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** Employers' vacancies at the Werkcentrum first, the partner's own system otherwise (our API played by WireMock). */
class WerkgeversVacaturesTest {

  @RegisterExtension
  static WireMockExtension werkcentrum = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final Vacature EIGEN = new Vacature("SP-1", "Eigen werkgever", "Eigen functie");
  static final String OPEN = """
      [{"vacatureId": "v-techniek", "werkgever": "Installateur", "sector": "TECHNIEK", "functie": "Monteur", "open": 1},
       {"vacatureId": "v-vol", "werkgever": "Zorggroep", "sector": "ZORG", "functie": "Helpende", "open": 0},
       {"vacatureId": "v-zorg", "werkgever": "Zorggroep Amstel", "sector": "ZORG", "functie": "Verzorgende IG", "open": 2}]""";

  final WerkgeversVacatures vacatures = WerkgeversVacatures.naast(werkcentrum.baseUrl() + "/engine-rest",
      "worker-sociale-partners", "geheim", RestClient.builder(), (traject, regio, sector) -> Optional.of(EIGEN));

  @Test
  void anOpenEmployersVacancyOfTheSectorComesFirst() {
    werkcentrum.stubFor(get("/api/regios/AMR15/vacatures").withBasicAuth("worker-sociale-partners", "geheim")
        .willReturn(okJson(OPEN)));

    assertThat(vacatures.matchen("t-1", "AMR15", "ZORG")).contains(new Vacature("v-zorg", "Zorggroep Amstel", "Verzorgende IG"));
    assertThat(vacatures.matchen("t-1", "AMR15", "DIGITAAL")).contains(EIGEN);
  }

  @Test
  void withoutOurApiThePartnersOwnSystemIsAsked() {
    werkcentrum.stubFor(get("/api/regios/AMR24/vacatures").withHeader("Accept", equalTo("application/json"))
        .willReturn(aResponse().withStatus(503)));

    assertThat(vacatures.matchen("t-2", "AMR24", "ZORG")).contains(EIGEN);
  }
}
