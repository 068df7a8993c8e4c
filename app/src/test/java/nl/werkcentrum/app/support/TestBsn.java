package nl.werkcentrum.app.support;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh BSNs that pass the 11-proef, so tests on a shared database never meet each other's people. */
public final class TestBsn {

  private TestBsn() {
  }

  public static String random() {
    while (true) {
      int[] digits = new int[9];
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        digits[i] = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
        sum += digits[i] * (9 - i);
      }
      // the 11-proef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11
      int last = sum % 11;
      if (last <= 9) {
        digits[8] = last;
        StringBuilder bsn = new StringBuilder();
        for (int d : digits) {
          bsn.append(d);
        }
        return bsn.toString();
      }
    }
  }
}
