package nl.werkcentrum.app.persoon;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BsnTest {

  @ParameterizedTest
  @ValueSource(strings = {"111222333", "123456782", "999999990"})
  void acceptsNumbersPassingTheElevenTest(String bsn) {
    assertThat(Bsn.isValid(bsn)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"111222334", "123456789", "000000000", "12345678", "1234567890", "12345678a", ""})
  void refusesEverythingElse(String bsn) {
    assertThat(Bsn.isValid(bsn)).isFalse();
    assertThatThrownBy(() -> Bsn.of(bsn)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(bsn.isEmpty() ? "x" : bsn);
  }

  @Test
  void neverShowsTheNumber() {
    assertThat(Bsn.of("111222333").toString()).doesNotContain("111222333");
  }

  @Test
  void encryptsAndHashesWithoutRevealing() {
    var crypto = new BsnCrypto("key-one", "key-two");
    Bsn bsn = Bsn.of("123456782");
    String stored = crypto.encrypt(bsn);

    assertThat(stored).doesNotContain("123456782");
    assertThat(crypto.encrypt(bsn)).as("random IV").isNotEqualTo(stored);
    assertThat(crypto.decrypt(stored)).isEqualTo(bsn);
    assertThat(crypto.hash(bsn)).isEqualTo(crypto.hash(Bsn.of("123456782")))
        .isNotEqualTo(new BsnCrypto("key-one", "other").hash(bsn))
        .doesNotContain("123456782");
  }
}
