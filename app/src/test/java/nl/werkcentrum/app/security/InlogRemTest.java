package nl.werkcentrum.app.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InlogRemTest {

  static final String AANVALLER = "10.0.0.66";
  static final String WORKER = "10.0.0.7";

  MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
  InlogRem rem = new InlogRem(3, Duration.ofMinutes(5), clock);

  @Test
  void aClientThatKeepsGuessingIsStoppedForThatUserOnly() {
    for (int i = 0; i < 3; i++) {
      assertThatCode(() -> rem.controleer(AANVALLER, "worker-uwv")).doesNotThrowAnyException();
      rem.mislukt(AANVALLER, "worker-uwv");
    }

    assertThatThrownBy(() -> rem.controleer(AANVALLER, "worker-uwv"))
        .isInstanceOf(TeVeelInlogpogingenException.class);
    assertThatCode(() -> rem.controleer(WORKER, "worker-uwv")).as("the real worker").doesNotThrowAnyException();
    assertThatCode(() -> rem.controleer(AANVALLER, "worker-roc")).as("another user").doesNotThrowAnyException();
  }

  @Test
  void theClientMayTryAgainOnceTheWindowHasPassed() {
    for (int i = 0; i < 3; i++) {
      rem.mislukt(AANVALLER, "worker-uwv");
    }
    clock.advance(Duration.ofMinutes(5));

    assertThatCode(() -> rem.controleer(AANVALLER, "worker-uwv")).doesNotThrowAnyException();
    rem.mislukt(AANVALLER, "worker-uwv");
    assertThatCode(() -> rem.controleer(AANVALLER, "worker-uwv")).as("a new window").doesNotThrowAnyException();
  }

  @Test
  void theRightPasswordClearsEarlierMistakes() {
    rem.mislukt(WORKER, "worker-uwv");
    rem.mislukt(WORKER, "worker-uwv");
    rem.gelukt(WORKER, "worker-uwv");
    rem.mislukt(WORKER, "worker-uwv");
    rem.mislukt(WORKER, "worker-uwv");

    assertThatCode(() -> rem.controleer(WORKER, "worker-uwv")).doesNotThrowAnyException();
  }

  static final class MovableClock extends Clock {

    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
