package nl.werkcentrum.app.verloop;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

/**
 * A calendar date as partners and forms hand it over in a process variable: {@code 2027-01-04}
 * from a partner, an ISO date-time from form-js ({@code 2027-01-04T00:00:00.000Z}, with or without
 * offset), or a Camunda date variable. Instants are read in the given zone (Dutch time), so a
 * midnight in UTC does not become the day before.
 */
public final class Kalenderdatum {

  private Kalenderdatum() {
  }

  /** The date, or empty when the value is absent or no date at all. */
  public static Optional<LocalDate> lees(Object waarde, ZoneId zone) {
    if (waarde instanceof LocalDate datum) {
      return Optional.of(datum);
    }
    if (waarde instanceof Date datum) {
      return Optional.of(datum.toInstant().atZone(zone).toLocalDate());
    }
    if (waarde == null || waarde.toString().isBlank()) {
      return Optional.empty();
    }
    return tekst(waarde.toString().strip(), zone);
  }

  private static Optional<LocalDate> tekst(String tekst, ZoneId zone) {
    try {
      if (tekst.length() <= 10) {
        return Optional.of(LocalDate.parse(tekst));
      }
      if (heeftZone(tekst)) {
        return Optional.of(OffsetDateTime.parse(tekst).atZoneSameInstant(zone).toLocalDate());
      }
      return Optional.of(LocalDateTime.parse(tekst).toLocalDate());
    } catch (DateTimeException geenDatum) {
      return Optional.empty();
    }
  }

  /** A {@code Z} or {@code +hh:mm}/{@code -hh:mm} after the time part. */
  private static boolean heeftZone(String tekst) {
    int tijd = tekst.indexOf('T');
    return tijd > 0 && (tekst.endsWith("Z") || tekst.indexOf('+', tijd) > 0 || tekst.indexOf('-', tijd) > 0);
  }
}
