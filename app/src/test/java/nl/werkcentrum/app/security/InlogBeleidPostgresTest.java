package nl.werkcentrum.app.security;

import nl.werkcentrum.app.support.PostgresTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong passwords: a partner system is not locked out by someone else's guesses, a person keeps
 * Camunda's lockout, and a client that keeps guessing is stopped for itself only. Requests go
 * over plain sockets so the test can pick the client address (127.0.0.1 or 127.0.0.2).
 */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InlogBeleidPostgresTest {

  static final String AANVALLER = "127.0.0.1";
  static final String ECHTE_WORKER = "127.0.0.2";
  static final String PASSWORD = "geheim-" + UUID.randomUUID();

  /** One of worker-uwv's topics, asking for nothing; maxTasks 0 locks no other test's task. */
  static final String FETCH = """
      {"workerId":"inlogtest","maxTasks":0,"topics":[{"topicName":"uwv.uitkering-controleren","lockDuration":1000,"variables":[]}]}""";

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  String workerUwv;
  String gids;

  @BeforeEach
  void users() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    workerUwv = user("uwv-" + run, "worker-uwv");
    gids = user("gids-" + run, WerkcentrumRoles.regionGroup("gids", "AMR15"), WerkcentrumRoles.MEDEWERKERS);
  }

  @Test
  void wrongPasswordsForAPartnerSystemDoNotLockItOut() throws IOException {
    for (int i = 0; i < 3; i++) {
      assertThat(fetch(AANVALLER, workerUwv, "fout-" + i).status()).isEqualTo(401);
    }

    Antwoord echt = fetch(AANVALLER, workerUwv, PASSWORD);
    assertThat(echt.status()).as(echt.tekst()).isEqualTo(200);
  }

  @Test
  void aPersonKeepsCamundasLockout() throws IOException {
    assertThat(engine(AANVALLER, gids, "fout").status()).isEqualTo(401);

    // right away, before Camunda's first delay (loginDelayBase, 3 s) has passed
    assertThat(engine(AANVALLER, gids, PASSWORD).status()).as("locked by the engine").isEqualTo(401);
  }

  @Test
  void aClientThatKeepsGuessingIsStoppedWhileTheRealWorkerGetsIn() throws IOException {
    for (int i = 0; i < 5; i++) {
      assertThat(fetch(AANVALLER, workerUwv, "fout-" + i).status()).isEqualTo(401);
    }

    Antwoord afgeremd = fetch(AANVALLER, workerUwv, PASSWORD);
    assertThat(afgeremd.status()).as("even the right password, from this client").isEqualTo(429);
    assertThat(afgeremd.tekst()).contains("Retry-After:").contains("application/problem+json")
        .contains("Te veel mislukte aanmeldpogingen");

    Antwoord echt = fetch(ECHTE_WORKER, workerUwv, PASSWORD);
    assertThat(echt.status()).as(echt.tekst()).isEqualTo(200);
  }

  @Test
  void aRightPasswordIsRememberedForAWhileAWrongOneIsAlwaysChecked() throws IOException {
    assertThat(engine(ECHTE_WORKER, gids, PASSWORD).status()).isEqualTo(200);
    assertThat(engine(AANVALLER, gids, "fout").status()).as("checked in full: Camunda locks the user").isEqualTo(401);

    // the caller who just proved the password is not looked up again for a while (InlogCache), so
    // someone else's guess does not shut them out as it does in aPersonKeepsCamundasLockout
    Antwoord onthouden = engine(ECHTE_WORKER, gids, PASSWORD);
    assertThat(onthouden.status()).as(onthouden.tekst()).isEqualTo(200);
  }

  private Antwoord fetch(String client, String user, String password) throws IOException {
    return send(client, "POST", "/engine-rest/external-task/fetchAndLock", user, password, FETCH);
  }

  private Antwoord engine(String client, String user, String password) throws IOException {
    return send(client, "GET", "/engine-rest/engine", user, password, null);
  }

  record Antwoord(int status, String tekst) {
  }

  /** One HTTP/1.1 exchange from the given local address. */
  private Antwoord send(String client, String method, String path, String user, String password,
      String json) throws IOException {
    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(client, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
          + "Authorization: Basic " + basic + "\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      String tekst = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Antwoord(Integer.parseInt(tekst.substring(9, 12)), tekst);
    }
  }

  private String user(String id, String... groups) {
    var user = identityService.newUser(id);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    for (String group : groups) {
      identityService.createMembership(id, group);
    }
    return id;
  }
}
