package nl.werkcentrum.workers.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoRegisterTest {

  @TempDir
  Path folder;

  @Test
  void aKeyIsBookedOnceAndSurvivesANewInstance() {
    AtomicInteger created = new AtomicInteger();
    DemoRegister register = new DemoRegister(folder);
    Properties first = register.findOrCreate("traject-1", () -> record(created.incrementAndGet()));

    // a restarted worker opens the register anew and must find the booking
    Properties again = new DemoRegister(folder).findOrCreate("traject-1", () -> record(created.incrementAndGet()));

    assertThat(created).hasValue(1);
    assertThat(again).isEqualTo(first);
    assertThat(new DemoRegister(folder).all()).hasSize(1);
  }

  @Test
  void refusesKeysThatCouldLeaveTheFolder() {
    assertThatThrownBy(() -> new DemoRegister(folder).find("../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Properties record(int n) {
    Properties p = new Properties();
    p.setProperty("n", String.valueOf(n));
    return p;
  }
}
