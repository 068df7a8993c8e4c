package nl.werkcentrum.workers.roc;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import nl.werkcentrum.workers.TestSettings;
import nl.werkcentrum.workers.common.DemoRegister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.client.RestClient;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;

/** The demo ROC reports the end of a course to the engine (played by WireMock) once per enrolment. */
class ScholingAfrondingDemoTest {

  @RegisterExtension
  static WireMockExtension engine = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir
  Path data;

  @Test
  void sendsScholingAfgerondByBusinessKeyOncePerEnrolment() {
    engine.stubFor(post("/message").willReturn(aResponse().withStatus(204)));
    DemoRocSysteem roc = new DemoRocSysteem(new ClassPathResource("demo/roc-opleidingen.csv"), new DemoRegister(data),
        TestSettings.demo("ROC", data, Duration.ZERO), Clock.systemUTC())
        .metAfronding(new ScholingAfrondingDemo(RestClient.create(engine.baseUrl()), Duration.ofMillis(100)));

    roc.inschrijven("traject-1", new RocSysteem.Aanvraag("725763863", "AMR01", "VZ-MBO3-AMR01"));
    roc.inschrijven("traject-1", new RocSysteem.Aanvraag("725763863", "AMR01", "VZ-MBO3-AMR01")); // redelivered
    // not before the engine has the enrolment: until then the trajectory does not wait for it
    await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1))
        .untilAsserted(() -> engine.verify(exactly(0), postRequestedFor(urlEqualTo("/message"))));
    roc.inschrijvingDoorgegeven("traject-1");

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> engine.verify(exactly(1), postRequestedFor(urlEqualTo("/message"))
        .withRequestBody(equalToJson("""
            {"messageName": "ScholingAfgerond", "businessKey": "traject-1",
             "processVariables": {"diploma": {"value": "Verzorgende IG", "type": "String"}}}"""))));
    // and no second message arrives later
    await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
        .untilAsserted(() -> engine.verify(exactly(1), postRequestedFor(urlEqualTo("/message"))
            .withRequestBody(containing("traject-1"))));
  }

  @Test
  void stopsAtTheEnginesRefusalForATrajectoryThatNoLongerWaits() {
    engine.stubFor(post("/message").willReturn(aResponse().withStatus(400)
        .withBody("{\"type\":\"RestException\",\"message\":\"Cannot correlate message 'ScholingAfgerond'\"}")));
    new ScholingAfrondingDemo(RestClient.create(engine.baseUrl()), Duration.ofMillis(10), Duration.ofMillis(50))
        .plan("traject-beeindigd", "Verzorgende IG");

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> engine.verify(exactly(1),
        postRequestedFor(urlEqualTo("/message")).withRequestBody(containing("traject-beeindigd"))));
    await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).untilAsserted(() -> engine.verify(exactly(1),
        postRequestedFor(urlEqualTo("/message")).withRequestBody(containing("traject-beeindigd"))));
  }

  @Test
  void asksAgainWhileTheEngineFails() {
    engine.stubFor(post("/message").willReturn(aResponse().withStatus(503)));
    new ScholingAfrondingDemo(RestClient.create(engine.baseUrl()), Duration.ofMillis(10), Duration.ofMillis(50))
        .plan("traject-faalt", "Verzorgende IG");

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> engine.verify(moreThanOrExactly(3),
        postRequestedFor(urlEqualTo("/message")).withRequestBody(containing("traject-faalt"))));
  }
}
