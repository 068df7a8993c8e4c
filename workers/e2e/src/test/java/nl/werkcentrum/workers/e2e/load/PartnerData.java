package nl.werkcentrum.workers.e2e.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo partner systems' data files for a load: UWV's and the gemeente's registrations of the
 * load's people, one course at the ROC and a vacancy per region and sector at the sociale partners,
 * each with room for everybody. Each partner's worker reads its file via
 * {@code werkcentrum.partner.demo-bestand}.
 */
public final class PartnerData {

  private static final List<String> SECTOREN = List.of("ZORG", "ONDERWIJS", "TECHNIEK", "KINDEROPVANG",
      "VEILIGHEID", "KLIMAAT", "DIGITAAL", "OVERIG");

  private final Map<String, Path> files;

  private PartnerData(Map<String, Path> files) {
    this.files = files;
  }

  public static PartnerData write(Path folder, List<Persoon> mensen) {
    try {
      Files.createDirectories(folder);
      List<String> uwv = new ArrayList<>(List.of("bsn,uitkering"));
      List<String> gemeente = new ArrayList<>(List.of("bsn,uitkering"));
      for (Persoon p : mensen) {
        if (!p.uwvUitkering().equals("GEEN")) {
          uwv.add(p.bsn() + "," + p.uwvUitkering());
        }
        if (!p.gemeenteUitkering().equals("GEEN")) {
          gemeente.add(p.bsn() + "," + p.gemeenteUitkering());
        }
      }
      int plaatsen = mensen.size() + 1;
      List<String> roc = List.of("code,naam,regio,capaciteit,duurWeken",
          Keuzes.OPLEIDING + ",Verzorgende IG (landelijk),," + plaatsen + ",52");
      List<String> vacatures = new ArrayList<>(List.of("vacatureId,regio,sector,werkgever,functie,plaatsen"));
      for (int r = 1; r <= 35; r++) {
        for (String sector : SECTOREN) {
          String regio = String.format("AMR%02d", r);
          vacatures.add("LOAD-" + regio + "-" + sector + "," + regio + "," + sector + ",Werkgever " + regio
              + ",Medewerker " + sector.toLowerCase() + "," + plaatsen);
        }
      }
      return new PartnerData(Map.of(
          "uwv", writeLines(folder.resolve("uwv-uitkeringen.csv"), uwv),
          "gemeente", writeLines(folder.resolve("gemeente-uitkeringen.csv"), gemeente),
          "roc", writeLines(folder.resolve("roc-opleidingen.csv"), roc),
          "sociale-partners", writeLines(folder.resolve("vacatures.csv"), vacatures)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path writeLines(Path file, List<String> lines) throws IOException {
    return Files.write(file, lines);
  }

  /** The worker argument that points a partner's demo system at its file. */
  public String argument(String partner) {
    return "--werkcentrum.partner.demo-bestand=file:" + files.get(partner).toAbsolutePath();
  }
}
