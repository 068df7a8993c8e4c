package nl.werkcentrum.app.proces;

import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * The deadline of a van-werk-naar-werk route: the start of the ontslagdatum, Dutch time. The timer
 * reads it as {@code ${werkNaarWerkTermijnen.ontslag(ontslagdatum)}}.
 */
@Component("werkNaarWerkTermijnen")
public class WerkNaarWerkTermijnen {

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  public Date ontslag(String ontslagdatum) {
    return Date.from(LocalDate.parse(ontslagdatum).atStartOfDay(NL).toInstant());
  }
}
