package nl.werkcentrum.workers;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.nio.file.Path;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;

/**
 * A worker asks the engine for its oldest tasks first, as application.yaml says
 * ({@code order-by-create-time: asc}): in a backlog, a task must not wait behind newer ones. The
 * engine is played by WireMock; what counts is the fetch-and-lock request the real client sends.
 */
class FetchOrderTest {

  @RegisterExtension
  static WireMockExtension engine = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir
  Path data;

  @Test
  void fetchesOldestTasksFirst() {
    engine.stubFor(post("/engine-rest/external-task/fetchAndLock").willReturn(okJson("[]").withFixedDelay(200)));

    try (var context = new SpringApplicationBuilder(WorkerApplication.class).profiles("uwv")
        .run("--camunda.bpm.client.base-url=" + engine.baseUrl() + "/engine-rest",
            "--werkcentrum.partner.demo-data=" + data)) {
      await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> engine.verify(
          postRequestedFor(urlEqualTo("/engine-rest/external-task/fetchAndLock"))
              .withRequestBody(matchingJsonPath("$.sorting[0].sortBy", equalTo("createTime")))
              .withRequestBody(matchingJsonPath("$.sorting[0].sortOrder", equalTo("asc")))));
    }
  }
}
