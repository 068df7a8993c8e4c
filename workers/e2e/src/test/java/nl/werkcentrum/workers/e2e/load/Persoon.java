package nl.werkcentrum.workers.e2e.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One person of a load: where they sign up, and what UWV's and the gemeente's registers know of
 * them (their benefit decides the regie partner, as in production).
 *
 * @param kanaal the door: UWV, GEMEENTE, ROC or SOCIALE_PARTNERS (each signs up with its own system user)
 */
public record Persoon(String bsn, String regio, String kanaal, String uwvUitkering, String gemeenteUitkering) {

  private static final List<String> KANALEN = List.of("UWV", "GEMEENTE", "ROC", "SOCIALE_PARTNERS");

  /** The partner system user that signs people up through this door. */
  public String aanmelder() {
    return "worker-" + kanaal.toLowerCase().replace('_', '-');
  }

  /**
   * {@code n} different people spread evenly over the 35 regions, with a realistic mix of doors and
   * benefits: a third WW, one in ten WIA, a quarter of the rest bijstand.
   */
  public static List<Persoon> populatie(int n, long seed) {
    Random random = new Random(seed);
    Set<String> bsns = new HashSet<>();
    List<Persoon> mensen = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String bsn;
      do {
        bsn = bsn(random);
      } while (!bsns.add(bsn));
      int uitkering = random.nextInt(100);
      String uwv = uitkering < 33 ? "WW" : uitkering < 43 ? "WIA" : "GEEN";
      String gemeente = uwv.equals("GEEN") && random.nextInt(4) == 0 ? "BIJSTAND" : "GEEN";
      mensen.add(new Persoon(bsn, String.format("AMR%02d", i % 35 + 1), KANALEN.get(random.nextInt(KANALEN.size())),
          uwv, gemeente));
    }
    return mensen;
  }

  /** A random number that passes the 11-proef (weights 9..2 and -1). */
  static String bsn(Random random) {
    while (true) {
      int[] d = new int[9];
      d[0] = 1 + random.nextInt(9);
      int sum = 9 * d[0];
      for (int i = 1; i < 8; i++) {
        d[i] = random.nextInt(10);
        sum += (9 - i) * d[i];
      }
      int last = sum % 11;
      if (last <= 9) {
        d[8] = last;
        StringBuilder s = new StringBuilder();
        for (int digit : d) {
          s.append(digit);
        }
        return s.toString();
      }
    }
  }
}
