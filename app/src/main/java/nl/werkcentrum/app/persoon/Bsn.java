package nl.werkcentrum.app.persoon;

import java.util.Objects;

/**
 * A burgerservicenummer that passed the 11-proef. Its {@code toString} never shows the number,
 * so a BSN that ends up in a log line or an exception message reveals nothing.
 */
public final class Bsn {

  private final String value;

  private Bsn(String value) {
    this.value = value;
  }

  public static Bsn of(String candidate) {
    if (!isValid(candidate)) {
      throw new IllegalArgumentException("Geen geldig BSN (negen cijfers die de 11-proef doorstaan)");
    }
    return new Bsn(candidate);
  }

  /**
   * Nine digits with 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 a multiple of 11, zero included: the official
   * 11-proef accepts the 29 numbers whose weighted sum is exactly 0 (e.g. 100000009). Only
   * 000000000 is refused, the one number that is no one's.
   */
  public static boolean isValid(String candidate) {
    if (candidate == null || !candidate.matches("\\d{9}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (candidate.charAt(i) - '0') * (9 - i);
    }
    sum -= candidate.charAt(8) - '0';
    return sum % 11 == 0 && !candidate.equals("000000000");
  }

  /** The number itself, for the few places that must pass it on (encryption, UWV's benefit check). */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bsn bsn && bsn.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return "BSN(*********)";
  }
}
