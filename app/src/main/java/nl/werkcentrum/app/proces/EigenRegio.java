package nl.werkcentrum.app.proces;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The region of what a caseworker records at the desk (a sign-up, an employer's question, a
 * question without a trajectory, a job at risk): their own. "EIGEN" (the forms' default) becomes
 * the caseworker's region, and another region is refused, since its caseworkers would get the
 * case and this one could not follow it.
 */
final class EigenRegio {

  static final String EIGEN = "EIGEN";

  private EigenRegio() {
  }

  /**
   * @param groepen the caller's groups; their regions are those of the groups {@code rol-AMRnn}
   * @param rolNaam the role as the refusal names it ("gids")
   * @param geenRol the refusal for a caller without the role in any region
   * @param werkwoord what the caller does, for the refusal of another region ("aanmelden")
   */
  static String kies(Collection<String> groepen, String gekozen, String rol, String rolNaam, String geenRol,
      String werkwoord, Function<String, RuntimeException> weigering) {
    List<String> eigen = groepen.stream().filter(groep -> groep.startsWith(rol + "-"))
        .map(groep -> groep.substring(rol.length() + 1)).sorted().toList();
    if (gekozen == null || EIGEN.equals(gekozen)) {
      if (eigen.size() != 1) {
        throw weigering.apply(eigen.isEmpty() ? geenRol
            : "U bent " + rolNaam + " in meer dan één regio (" + String.join(", ", eigen) + "): kies de regio");
      }
      return eigen.get(0);
    }
    if (!eigen.contains(gekozen)) {
      throw weigering.apply("U kunt alleen " + werkwoord + " in uw eigen regio (" + String.join(", ", eigen)
          + "), niet in " + gekozen);
    }
    return gekozen;
  }
}
