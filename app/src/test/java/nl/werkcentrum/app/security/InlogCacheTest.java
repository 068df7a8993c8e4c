package nl.werkcentrum.app.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InlogCacheTest {

  static final InlogCache.Toegang UWV = new InlogCache.Toegang(List.of("worker-uwv"), List.of());

  InlogRemTest.MovableClock clock = new InlogRemTest.MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
  InlogCache cache = new InlogCache(Duration.ofSeconds(60), clock);

  @Test
  void aCheckedPasswordIsRememberedWithItsGroupsAndTenants() {
    var toegang = new InlogCache.Toegang(List.of("procesbeheerder-AMR15"), List.of("AMR15"));
    cache.onthoud("procesbeheerder.amr15", "juist", toegang);

    assertThat(cache.bekend("procesbeheerder.amr15", "juist")).contains(toegang);
  }

  @Test
  void anotherPasswordOrAnotherUserIsNeverAnsweredFromMemory() {
    cache.onthoud("worker-uwv", "juist", UWV);

    assertThat(cache.bekend("worker-uwv", "fout")).isEmpty();
    assertThat(cache.bekend("worker-uwv", "juist ")).isEmpty();
    assertThat(cache.bekend("worker-gemeente", "juist")).isEmpty();
  }

  @Test
  void theMemoryFadesAfterItsTime() {
    cache.onthoud("worker-uwv", "juist", UWV);

    clock.advance(Duration.ofSeconds(59));
    assertThat(cache.bekend("worker-uwv", "juist")).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.bekend("worker-uwv", "juist")).as("checked in full again").isEmpty();
  }

  @Test
  void aTimeOfZeroSwitchesItOff() {
    InlogCache uit = new InlogCache(Duration.ZERO, clock);
    uit.onthoud("worker-uwv", "juist", UWV);

    assertThat(uit.bekend("worker-uwv", "juist")).isEmpty();
  }
}
