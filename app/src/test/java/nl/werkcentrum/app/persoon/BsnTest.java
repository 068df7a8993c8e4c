package nl.werkcentrum.app.persoon;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BsnTest {

  @ParameterizedTest
  @ValueSource(strings = {"111222333", "123456782", "999999990"})
  void acceptsNumbersPassingTheElevenTest(String bsn) {
    assertThat(Bsn.isValid(bsn)).isTrue();
  }

  @Test
  void acceptsTheNumbersWhoseWeightedSumIsZeroButNotAllZeros() {
    var nul = new ArrayList<String>();
    somNul("", 0, nul);

    assertThat(nul).hasSize(30).contains("000000000", "100000009", "010000008", "000000024");
    nul.remove("000000000");
    assertThat(nul).allSatisfy(bsn -> assertThat(Bsn.isValid(bsn)).as(bsn).isTrue());
    assertThat(Bsn.of("100000009").value()).isEqualTo("100000009");
  }

  /** Every nine-digit number whose last digit equals the weighted sum (9..2) of the first eight. */
  private static void somNul(String begin, int som, List<String> uit) {
    if (som > 9) {
      return;
    }
    if (begin.length() == 8) {
      uit.add(begin + som);
      return;
    }
    for (int cijfer = 0; cijfer <= 9; cijfer++) {
      somNul(begin + cijfer, som + cijfer * (9 - begin.length()), uit);
    }
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
