package nl.werkcentrum.app;

import nl.werkcentrum.app.security.WerkcentrumRoles;
import nl.werkcentrum.app.support.TrajectDriver;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a fresh start must give, on whichever database the subclass picks. */
@AutoConfigureObservability
abstract class AppSmokeTestBase {

  @Autowired
  TestRestTemplate http;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  FormService formService;

  @Test
  void deploysEveryModelAndFormOfTheRepository() throws IOException {
    Set<String> deployed = new HashSet<>();
    repositoryService.createDeploymentQuery().list().forEach(d ->
        repositoryService.getDeploymentResourceNames(d.getId())
            .forEach(name -> deployed.add(Path.of(name).getFileName().toString())));

    assertThat(deployed).containsAll(filesIn("processes", ".bpmn", ".dmn"));
    assertThat(deployed).containsAll(filesIn("forms", ".form"));
  }

  @Test
  void walkInStartFormResolvesThroughFormRef() throws IOException {
    ProcessDefinition traject = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("werkcentrum-traject").latestVersion().singleResult();

    try (InputStream form = formService.getDeployedStartForm(traject.getId())) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"id\": \"aanmelding-walk-in\"");
    }
  }

  @Test
  void healthIsUp() {
    var response = http.getForEntity("/actuator/health", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"status\":\"UP\"");    assertThat(http.getForEntity("/actuator/info", String.class).getStatusCode())
        .as("public, as health").isEqualTo(HttpStatus.OK);
  }

  @Test
  void engineRestApiAnswersAuthenticatedCallersOnly() {
    assertThat(http.getForEntity("/engine-rest/engine", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    var response = admin().getForEntity("/engine-rest/engine", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"name\":\"default\"");
  }

  @Test
  void tasklistIsServed() {
    var response = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("<html").containsIgnoringCase("tasklist");
  }

  @Test
  void theRegionalReportPageIsServedAndItsFiguresOnlyToSignedInUsers() {
    // the page itself holds no figures; they come from the API, behind the login
    assertThat(http.getForEntity("/api/regios/AMR15/rapportage?van=2026-01-01&tot=2026-12-31", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    var response = http.getForEntity("/rapportage.html", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("Regionaal Beraad").contains("/rapportage?");
  }

  @Test
  void prometheusMetricsAreForOperationsOnly() {
    String password = UUID.randomUUID().toString();
    var operations = http.withBasicAuth(
        driver.gebruiker("ops", password, WerkcentrumRoles.BEHEER_OPERATIONS), password);
    var response = operations.getForEntity("/actuator/prometheus", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("jvm_memory_used_bytes").contains("http_server_requests_active_seconds");
    // Spring Security's own observations are off (application.yaml): nobody reads them, every request paid for them
    assertThat(response.getBody()).doesNotContain("spring_security_");
    assertThat(admin().getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    var anonymous = http.getForEntity("/actuator/prometheus", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();

    var gids = http.withBasicAuth(driver.gebruiker("gids", password,
        WerkcentrumRoles.regionGroup("gids", "AMR15"), WerkcentrumRoles.MEDEWERKERS), password)
        .getForEntity("/actuator/prometheus", String.class);
    assertThat(gids.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(gids.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(gids.getBody()).contains("geen toegang");
  }

  @Autowired
  TrajectDriver driver;

  /** A fresh administrator: the database may be shared with earlier runs and their passwords. */
  private TestRestTemplate admin() {
    String password = UUID.randomUUID().toString();
    return http.withBasicAuth(driver.gebruiker("admin", password, "camunda-admin"), password);
  }

  /** The repository's own model folders, seen from the app module's working directory. */
  private static Set<String> filesIn(String folder, String... endings) throws IOException {
    Set<String> names = new HashSet<>();
    try (Stream<Path> files = Files.list(Path.of("..", folder))) {
      files.map(p -> p.getFileName().toString())
          .filter(n -> Stream.of(endings).anyMatch(n::endsWith))
          .forEach(names::add);
    }
    assertThat(names).as("model files in ../" + folder).isNotEmpty();
    return names;
  }
}
