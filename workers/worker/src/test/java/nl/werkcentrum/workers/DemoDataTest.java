package nl.werkcentrum.workers;

import nl.werkcentrum.contract.Contract;
import nl.werkcentrum.workers.common.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data files use the real region codes, the contract's sectors and valid BSNs. */
class DemoDataTest {

  static final Set<String> SECTOREN = Set.of("ZORG", "ONDERWIJS", "TECHNIEK", "KINDEROPVANG", "VEILIGHEID", "KLIMAAT", "DIGITAAL");

  static List<Map<String, String>> demo(String file) {
    return DemoData.read(new ClassPathResource("demo/" + file));
  }

  /** The 35 codes as the app's migration seeds them. */
  static Set<String> regios() throws IOException {
    String sql = Files.readString(Path.of("../../app/src/main/resources/db/migration/V1__arbeidsmarktregio.sql"));
    return Pattern.compile("'(AMR\\d\\d)'").matcher(sql).results().map(m -> m.group(1)).collect(Collectors.toSet());
  }

  static boolean elfproef(String bsn) {
    if (!bsn.matches("\\d{9}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (bsn.charAt(i) - '0');
    }
    return (sum - (bsn.charAt(8) - '0')) % 11 == 0 && !bsn.equals("000000000");
  }

  /** Every benefit the contract lets the partner answer (but GEEN) is held by some demo person. */
  @Test
  void everyBsnPassesTheElfproefAndEveryBenefitOfTheContractIsThere() {
    var contract = Contract.werkcentrum();
    heeftElkeUitkering("uwv-uitkeringen.csv",
        contract.topics().get("uwv.uitkering-controleren").schrijft().get("uwvUitkering"));
    heeftElkeUitkering("gemeente-uitkeringen.csv",
        contract.topics().get("gemeente.uitkering-controleren").schrijft().get("gemeenteUitkering"));
  }

  private static void heeftElkeUitkering(String bestand, List<String> uitkeringen) {
    List<Map<String, String>> registraties = demo(bestand);
    assertThat(registraties).allSatisfy(r -> {
      assertThat(elfproef(r.get("bsn"))).as("11-proef").isTrue();
      assertThat(r.get("uitkering")).isIn(uitkeringen).isNotEqualTo("GEEN");
    });
    assertThat(registraties).extracting(r -> r.get("uitkering")).as(bestand)
        .containsAll(uitkeringen.stream().filter(u -> !u.equals("GEEN")).toList());
    assertThat(registraties).extracting(r -> r.get("bsn")).doesNotHaveDuplicates();
  }

  @Test
  void vacanciesCoverEveryRegionInShortageSectors() throws IOException {
    Set<String> regios = regios();
    assertThat(regios).hasSize(35);
    List<Map<String, String>> vacatures = demo("vacatures.csv");
    assertThat(vacatures).allSatisfy(v -> {
      assertThat(v.get("regio")).isIn(regios);
      assertThat(v.get("sector")).isIn(SECTOREN);
      assertThat(Integer.parseInt(v.get("plaatsen"))).isPositive();
    });
    assertThat(vacatures.stream().map(v -> v.get("regio")).collect(Collectors.toSet())).isEqualTo(regios);
  }

  @Test
  void coursesHaveACapacityAndARealRegionOrNone() throws IOException {
    Set<String> regios = regios();
    assertThat(demo("roc-opleidingen.csv")).allSatisfy(o -> {
      assertThat(o.get("regio")).satisfiesAnyOf(r -> assertThat(r).isEmpty(), r -> assertThat(r).isIn(regios));
      assertThat(Integer.parseInt(o.get("capaciteit"))).isPositive();
      assertThat(Integer.parseInt(o.get("duurWeken"))).isPositive();
    });
  }
}
