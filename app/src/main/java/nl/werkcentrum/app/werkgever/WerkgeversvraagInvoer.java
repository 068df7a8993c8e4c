package nl.werkcentrum.app.werkgever;

import nl.werkcentrum.app.intake.Sector;

import java.time.LocalDate;
import java.util.List;

/**
 * Checks an employer's question before anything is written, whichever door it came through (start
 * form, the sociale partners' message, our API), with the same Dutch reasons.
 */
public final class WerkgeversvraagInvoer {

  static final int MAX_VACATURES = 50;
  static final int MAX_TEKST = 4000;

  private WerkgeversvraagInvoer() {
  }

  public static void controleer(String kvkNummer, String werkgeverNaam, String sector, List<VacatureGegevens> vacatures) {
    String kvkFout = KvkNummer.fout(kvkNummer);
    if (kvkFout != null) {
      throw new OngeldigeWerkgeversvraagException("kvkNummer", "KvK-nummer: " + kvkFout);
    }
    if (werkgeverNaam != null && werkgeverNaam.length() > 200) {
      throw new OngeldigeWerkgeversvraagException("werkgeverNaam", "Naam van de werkgever: ten hoogste 200 tekens");
    }
    sector(sector);
    if (vacatures == null || vacatures.isEmpty()) {
      throw new OngeldigeWerkgeversvraagException("vacatures", "Geef ten minste één vacature op");
    }
    if (vacatures.size() > MAX_VACATURES) {
      throw new OngeldigeWerkgeversvraagException("vacatures", "Ten hoogste " + MAX_VACATURES + " vacatures per vraag");
    }
    for (int i = 0; i < vacatures.size(); i++) {
      vacature(vacatures.get(i), "vacatures[" + i + "]");
    }
  }

  public static Sector sector(String sector) {
    if (sector == null) {
      throw new OngeldigeWerkgeversvraagException("sector", "Kies een sector");
    }
    try {
      return Sector.valueOf(sector);
    } catch (IllegalArgumentException onbekend) {
      throw new OngeldigeWerkgeversvraagException("sector", "Onbekende sector: kies uit " + List.of(Sector.values()));
    }
  }

  private static void vacature(VacatureGegevens v, String veld) {
    if (v == null) {
      throw new OngeldigeWerkgeversvraagException(veld, "Vacature ontbreekt");
    }
    if (v.functie() == null || v.functie().isBlank() || v.functie().length() > 200) {
      throw new OngeldigeWerkgeversvraagException(veld + ".functie", "Functie: verplicht, ten hoogste 200 tekens");
    }
    if (v.aantal() < 1 || v.aantal() > 1000) {
      throw new OngeldigeWerkgeversvraagException(veld + ".aantal", "Aantal personen: van 1 tot en met 1000");
    }
    if (v.urenPerWeek() < 1 || v.urenPerWeek() > 60) {
      throw new OngeldigeWerkgeversvraagException(veld + ".urenPerWeek", "Uren per week: van 1 tot en met 60");
    }
    if (v.eisen() != null && v.eisen().length() > MAX_TEKST) {
      throw new OngeldigeWerkgeversvraagException(veld + ".eisen", "Eisen: ten hoogste " + MAX_TEKST + " tekens");
    }
    if (v.startdatum() != null && v.startdatum().isBefore(LocalDate.of(2000, 1, 1))) {
      throw new OngeldigeWerkgeversvraagException(veld + ".startdatum", "Startdatum: geen geldige datum");
    }
  }
}
