package nl.werkcentrum.app.support;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard itself: it must see what it exists for, also after Spring Boot reset logback. */
class GeenFoutenInLogTest {

  @Test
  void recordsAnErrorAlsoAfterALogbackReset() {
    FoutenRecorder.installeer();
    ((LoggerContext) LoggerFactory.getILoggerFactory()).reset(); // what Spring Boot does at an app's start
    LoggerFactory.getLogger("guard.probe").error("probe", new IllegalStateException("boom"));
    LoggerFactory.getLogger("guard.probe").warn("only a warning");

    // taken out of the record here, so the guard itself lets this test pass
    assertThat(FoutenRecorder.oogst()).containsExactly(
        "ERROR [guard.probe] probe | java.lang.IllegalStateException: boom");
  }

  @Test
  void recordsA5xxAnswerButNotA4xx() throws Exception {
    MockHttpServletResponse fout = new MockHttpServletResponse();
    new Http5xxRecorder.Recorder().doFilter(new MockHttpServletRequest("POST", "/api/aanmeldingen"), fout,
        new MockFilterChain() {
          @Override
          public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
            ((MockHttpServletResponse) response).setStatus(500);
          }
        });
    MockHttpServletResponse weigering = new MockHttpServletResponse();
    weigering.setStatus(400);
    new Http5xxRecorder.Recorder().doFilter(new MockHttpServletRequest("POST", "/engine-rest/message"), weigering,
        new MockFilterChain());

    assertThat(FoutenRecorder.oogst()).containsExactly("HTTP 500 POST /api/aanmeldingen");
  }
}
